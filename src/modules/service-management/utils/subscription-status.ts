import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { startOfUtcDay } from "./recurrence"
import { BillingPause, duePeriods, periodCharge, SubscriptionTerms } from "./subscription-periods"
import { SubscriptionAction } from "../../../types/enums"

export type SubscriptionState = SubscriptionTerms & {
  id: string
  number: string
  status: "active" | "paused" | "cancelled"
  next_period_start: Date | string | null
}

export type FeeTransactionState = {
  id: string
  period_start: Date
  period_end: Date
  status: "pending" | "invoicing" | "invoiced" | "credited"
  amount: number | string
  billable_days: number
  credit_amount?: number | string | null
}

const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
const day = (d: Date) => d.toISOString().slice(0, 10)
const toDay = (d: Date | string) => startOfUtcDay(new Date(d))

/**
 * What pausing, resuming or cancelling from a date changes: the subscription (status, pauses,
 * cancellation), its billing cursor and the fee transactions of periods after that date, re-priced
 * pro rata by days. A pending fee gets its new amount (or is removed with no day left); an
 * invoiced fee that is now owed less becomes `credited` with the difference as `credit_amount`
 * (and back to `invoiced` if a resume makes it owed in full again).
 */
export function planSubscriptionChange(
  sub: SubscriptionState,
  transactions: FeeTransactionState[],
  action: SubscriptionAction,
  fromInput: Date | string
) {
  const from = toDay(fromInput)
  if (from < toDay(sub.start_date)) {
    throw notAllowed(`Subscription ${sub.number}: the date ${day(from)} is before its start ${day(toDay(sub.start_date))}`)
  }
  const pauses: BillingPause[] = (sub.pauses ?? []).map((p) => ({ ...p }))
  const open = pauses.find((p) => !p.to)
  let status = sub.status
  let cancel_from = sub.cancel_from ?? null
  if (action === "pause") {
    if (sub.status !== "active") {
      throw notAllowed(`Subscription ${sub.number} is ${sub.status}; only an active subscription can be paused`)
    }
    pauses.push({ from: from.toISOString(), to: null })
    status = "paused"
  } else if (action === "resume") {
    if (sub.status !== "paused" || !open) {
      throw notAllowed(`Subscription ${sub.number} is ${sub.status}; only a paused subscription can be resumed`)
    }
    if (from <= toDay(open.from)) {
      throw notAllowed(`Subscription ${sub.number}: resume on a day after the pause began (${day(new Date(open.from))})`)
    }
    open.to = from.toISOString()
    status = "active"
  } else {
    if (sub.status === "cancelled") {
      throw notAllowed(`Subscription ${sub.number} is already cancelled`)
    }
    cancel_from = from
    status = "cancelled"
  }

  const terms: SubscriptionTerms = { ...sub, pauses, cancel_from }
  const txUpdates: Record<string, unknown>[] = []
  const txDeletes: string[] = []
  for (const tx of transactions) {
    if (tx.status === "invoicing" || toDay(tx.period_end) <= from) {
      continue
    }
    const charge = periodCharge(terms, new Date(tx.period_start), new Date(tx.period_end))
    if (tx.status === "pending") {
      if (charge.billable_days === 0) {
        txDeletes.push(tx.id)
      } else if (!MathBN.eq(tx.amount, charge.amount)) {
        txUpdates.push({ id: tx.id, amount: charge.amount, billable_days: charge.billable_days })
      }
      continue
    }
    const invoiced = MathBN.convert(tx.amount)
    const credit = MathBN.sub(invoiced, charge.amount)
    const nextStatus = MathBN.gt(credit, 0) ? "credited" : "invoiced"
    const nextCredit = nextStatus === "credited" ? credit.toNumber() : null
    if (nextStatus !== tx.status || !MathBN.eq(tx.credit_amount ?? 0, nextCredit ?? 0)) {
      txUpdates.push({ id: tx.id, status: nextStatus, credit_amount: nextCredit })
    }
  }
  // The cursor stays where it is; only when it falls due (or whether it ever does) changes.
  const cursor = sub.next_period_start
    ? duePeriods(terms, sub.next_period_start, new Date(0))
    : { next_period_start: null, next_due_at: null }
  return {
    update: {
      id: sub.id,
      status,
      pauses,
      cancel_from,
      ...(action === "cancel" ? { cancelled_at: new Date() } : {}),
    },
    cursor: { next_period_start: cursor.next_period_start, next_due_at: cursor.next_due_at },
    txUpdates,
    txDeletes,
  }
}
