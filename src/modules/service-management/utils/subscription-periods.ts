import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { RRule } from "rrule"
import { buildRecurrence, startOfUtcDay } from "./recurrence"
import { BillingFrequency, BillingTiming } from "../../../types/enums"
import type { FeeTransactionRow } from "../repositories/fee-transactions"
import type { DueSubscription, SubscriptionCursor } from "../repositories/subscription-cursors"

const DAY_MS = 24 * 60 * 60 * 1000

/** A pause of billing: from a day (inclusive) until a day (exclusive); open while `to` is null. */
export type BillingPause = { from: string | Date; to?: string | Date | null }

/** Types a subscription's JSON `pauses` column, which the model stores untyped. */
export const withTypedPauses = <T extends { pauses: unknown }>(sub: T) =>
  sub as unknown as Omit<T, "pauses"> & { pauses: BillingPause[] | null }

// Dates may arrive as ISO strings (workflow inputs and JSON are serialised); every use converts.
export type SubscriptionTerms = {
  amount: BigNumberInput
  currency_code: string
  frequency: BillingFrequency
  rrule?: string | null
  billing_timing: BillingTiming
  start_date: Date | string
  end_date?: Date | string | null
  cancel_from?: Date | string | null
  pauses?: BillingPause[] | null
}

export type BillingPeriod = {
  period_start: Date
  /** Exclusive: the next period's start. */
  period_end: Date
  /** When the fee falls due: the period's start when billed in advance, its end in arrears. */
  due_at: Date
  period_days: number
  billable_days: number
  full_amount: number
  amount: number
}

const days = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / DAY_MS))
const toDay = (d: string | Date) => startOfUtcDay(new Date(d))
/** The end date is the last day served and billed (inclusive): billing stops the day after it. */
const dayAfter = (d: string | Date) => new Date(toDay(d).getTime() + DAY_MS)

/**
 * The subscription's period rule, anchored on its start day. Monthly, quarterly and yearly periods
 * keep the start's day of month and fall back to the month's last day where it does not exist
 * (a subscription started on 31 January renews on 28/29 February, 31 March, 30 April …).
 */
export function periodRule(terms: Pick<SubscriptionTerms, "frequency" | "rrule" | "start_date">): RRule {
  const start = toDay(terms.start_date)
  if (terms.frequency === "rrule") {
    return buildRecurrence(terms.rrule ?? "", start)
  }
  const day = start.getUTCDate()
  // BYMONTHDAY=28,…,day with BYSETPOS=-1: the start's day, or the month's last day if shorter.
  const monthDays = day > 28 ? `BYMONTHDAY=${Array.from({ length: day - 27 }, (_, i) => 28 + i).join(",")};BYSETPOS=-1` : `BYMONTHDAY=${day}`
  const rule =
    terms.frequency === "yearly"
      ? `FREQ=YEARLY;BYMONTH=${start.getUTCMonth() + 1};${monthDays}`
      : `FREQ=MONTHLY;INTERVAL=${terms.frequency === "quarterly" ? 3 : 1};${monthDays}`
  return buildRecurrence(rule, start)
}

/** The period after a given day: `after(day)` is the first period start later than `day`, or null. */
export type PeriodStepper = { after(day: Date): Date | null }

const MONTHS: Partial<Record<BillingFrequency, number>> = { monthly: 1, quarterly: 3, yearly: 12 }

/**
 * The subscription's periods as a stepper. Monthly, quarterly and yearly periods are month
 * arithmetic on UTC days — the same dates `periodRule` yields (a unit test compares them), without
 * building an RRule per subscription; a custom RRULE goes through `periodRule`.
 */
export function periodStepper(terms: Pick<SubscriptionTerms, "frequency" | "rrule" | "start_date">): PeriodStepper {
  const months = MONTHS[terms.frequency]
  if (!months) {
    const rule = periodRule(terms)
    return { after: (day) => rule.after(day, false) }
  }
  const start = toDay(terms.start_date)
  const [year, month, dayOfMonth] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()]
  // The k-th period start: k × `months` after the start, on its day or the month's last day.
  const nth = (k: number) => {
    const lastDay = new Date(Date.UTC(year, month + k * months + 1, 0)).getUTCDate()
    return new Date(Date.UTC(year, month + k * months, Math.min(dayOfMonth, lastDay)))
  }
  return {
    after(day) {
      const monthsIn = (day.getUTCFullYear() - year) * 12 + (day.getUTCMonth() - month)
      let k = Math.max(0, Math.floor(monthsIn / months))
      while (nth(k) <= day) {
        k++
      }
      return nth(k)
    },
  }
}

const digitsByCurrency = new Map<string, number>()

/**
 * Digits of the currency's minor unit (2 for EUR, 0 for JPY), for rounding pro-rata amounts.
 * Cached per currency: building an `Intl.NumberFormat` costs far more than the rest of a period.
 */
export function currencyDigits(currencyCode: string): number {
  const code = currencyCode.toUpperCase()
  let digits = digitsByCurrency.get(code)
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2
    } catch {
      digits = 2
    }
    digitsByCurrency.set(code, digits)
  }
  return digits
}

let digitsTable: Record<string, number> | undefined

/**
 * `currencyDigits` of every currency `Intl` knows, by lower-case code (as subscriptions store
 * it): what the billing SQL rounds with. Built once per process.
 */
export function currencyDigitsTable(): Record<string, number> {
  // ES2022's Intl.supportedValuesOf, which the project's TypeScript lib does not declare.
  const codes = (Intl as unknown as { supportedValuesOf(key: "currency"): string[] }).supportedValuesOf("currency")
  digitsTable ??= Object.fromEntries(codes.map((code) => [code.toLowerCase(), currencyDigits(code)]))
  return digitsTable
}

/**
 * Days of [from, to) that are billed: not paused, not from the cancellation day on, not after the
 * end date (which is itself billed). An open pause (no `to`) stops billing from its start on.
 */
export function billableDays(terms: SubscriptionTerms, from: Date, to: Date): number {
  let end = to
  const stop = billingStop(terms)
  if (stop && stop < end) {
    end = stop
  }
  if (end <= from) {
    return 0
  }
  let billed = days(from, end)
  for (const pause of terms.pauses ?? []) {
    const pFrom = toDay(pause.from)
    const pTo = pause.to ? toDay(pause.to) : end
    const overlapFrom = pFrom > from ? pFrom : from
    const overlapTo = pTo < end ? pTo : end
    billed -= days(overlapFrom, overlapTo)
  }
  return Math.max(0, billed)
}

/**
 * One period's fee. The pro-rata rule: a period is charged `amount × billable days / days in the
 * period`, rounded to the currency's minor unit; a full period is charged exactly `amount`.
 */
export function periodCharge(terms: SubscriptionTerms, period_start: Date, period_end: Date): BillingPeriod {
  const period_days = days(period_start, period_end)
  const billable_days = billableDays(terms, period_start, period_end)
  const full_amount = MathBN.convert(terms.amount).toNumber()
  const digits = currencyDigits(terms.currency_code)
  // Decimal arithmetic, rounded half up (bignumber.js's default, which Medusa keeps): the same
  // amount as Postgres's `round(numeric, digits)` in the set-based billing (`insertDueCalendarFees`).
  const amount =
    billable_days === period_days
      ? full_amount
      : Number(MathBN.convert(terms.amount).times(billable_days).div(period_days).toFixed(digits))
  return {
    period_start,
    period_end,
    due_at: terms.billing_timing === "advance" ? period_start : period_end,
    period_days,
    billable_days,
    full_amount,
    amount,
  }
}

/** The first day not billed for good: the day after the end date or the cancellation day, whichever is first. */
function billingStop(terms: SubscriptionTerms): Date | null {
  const stops = [terms.end_date && dayAfter(terms.end_date), terms.cancel_from && toDay(terms.cancel_from)].filter(
    (d): d is Date => !!d
  )
  return stops.length ? new Date(Math.min(...stops.map((d) => d.getTime()))) : null
}

/** The start of the open pause, if billing is paused without a resume date. */
function openPause(terms: SubscriptionTerms): Date | null {
  const open = (terms.pauses ?? []).find((p) => !p.to)
  return open ? toDay(open.from) : null
}

export type DuePeriods = {
  /** Periods to charge, in order; periods with no billable day are left out. */
  periods: BillingPeriod[]
  /** The first period not yet handled (where the next run continues), or null when billing has ended. */
  next_period_start: Date | null
  /** When that period falls due, or null. */
  next_due_at: Date | null
}

/**
 * The periods from `from` (a period start, the subscription's cursor) whose fee is due on or
 * before `asOf`. Billing stops at the end date or cancellation (that period pro rata) and waits at
 * an open pause: the period the pause starts in is charged up to the pause, later ones only once
 * the pause has a resume date.
 */
export function duePeriods(terms: SubscriptionTerms, from: Date | string, asOfInput: Date | string, max = 500): DuePeriods {
  const asOf = new Date(asOfInput)
  const rule = periodStepper(terms)
  const stop = billingStop(terms)
  const pausedFrom = openPause(terms)
  const periods: BillingPeriod[] = []
  let start = toDay(from)
  while (periods.length < max) {
    if (stop && start >= stop) {
      return { periods, next_period_start: null, next_due_at: null }
    }
    if (pausedFrom && start >= pausedFrom) {
      break
    }
    const next = rule.after(start)
    if (!next) {
      return { periods, next_period_start: null, next_due_at: null }
    }
    const charge = periodCharge(terms, start, next)
    if (charge.due_at > asOf) {
      break
    }
    if (charge.billable_days > 0) {
      periods.push(charge)
    }
    start = next
  }
  const pending = rule.after(start)
  const nextDue = pending ? (terms.billing_timing === "advance" ? start : pending) : null
  return { periods, next_period_start: start, next_due_at: pausedFrom && start >= pausedFrom ? null : nextDue }
}

/**
 * A batch of subscriptions billed in Node (`duePeriods` each, from its cursor): the fees to insert
 * and each cursor's move, from where it was read (`insertFeeTransactionsAndAdvance`).
 */
export function dueFeeWrite(
  subs: DueSubscription[],
  asOf: Date,
  billingRunId: string | null
): { rows: FeeTransactionRow[]; cursors: SubscriptionCursor[] } {
  const rows: FeeTransactionRow[] = []
  const cursors: SubscriptionCursor[] = []
  for (const sub of subs) {
    const due = duePeriods(sub, sub.next_period_start, asOf)
    for (const p of due.periods) {
      rows.push({ ...p, subscription_id: sub.id, customer_id: sub.customer_id, currency_code: sub.currency_code, billing_run_id: billingRunId })
    }
    cursors.push({ id: sub.id, from_period_start: sub.next_period_start, next_period_start: due.next_period_start, next_due_at: due.next_due_at })
  }
  return { rows, cursors }
}
