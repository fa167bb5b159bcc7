import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { AllowancePeriod, AllowanceUnit } from "../../../types/enums"

type DateLike = Date | string

const MONTHS: Record<Exclude<AllowancePeriod, "agreement_term">, number> = { month: 1, quarter: 3, year: 12 }

/** `date` plus `months` calendar months in UTC, the day clamped to the target month's length (31 Jan + 1 → 28/29 Feb). */
export function addUtcMonths(date: Date, months: number): Date {
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months
  const year = Math.floor(total / 12)
  const month = total - year * 12
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const result = new Date(date)
  result.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay))
  return result
}

export type AllowanceWindow = { period_start: Date; period_end: Date | null }

/**
 * The allowance period containing `at`: months, quarters or years counted from the agreement's
 * start (an agreement starting 15 March has yearly periods from each 15 March), or the whole
 * agreement term. Null before the agreement starts or after it ends.
 */
export function allowanceWindow(
  period: AllowancePeriod,
  agreement: { valid_from: DateLike; valid_to?: DateLike | null },
  at: Date
): AllowanceWindow | null {
  const start = new Date(agreement.valid_from)
  const end = agreement.valid_to ? new Date(agreement.valid_to) : null
  if (at < start || (end && at >= end)) {
    return null
  }
  if (period === "agreement_term") {
    return { period_start: start, period_end: end }
  }
  const step = MONTHS[period]
  const elapsed = (at.getUTCFullYear() - start.getUTCFullYear()) * 12 + at.getUTCMonth() - start.getUTCMonth()
  // The month count overshoots by one when `at` lies before the anchor's day within its month.
  let k = Math.floor(elapsed / step)
  while (k > 0 && addUtcMonths(start, k * step) > at) {
    k -= 1
  }
  const periodEnd = addUtcMonths(start, (k + 1) * step)
  return { period_start: addUtcMonths(start, k * step), period_end: end && end < periodEnd ? end : periodEnd }
}

export type AllowanceLine = {
  id: string
  service_object_id?: string | null
  valid_from?: DateLike | null
  valid_to?: DateLike | null
  allowance_quantity?: number | null
  allowance_unit?: AllowanceUnit | null
  allowance_period?: AllowancePeriod | null
}

export type AllowanceDraw = {
  agreement_line_id: string
  unit: AllowanceUnit
  quantity: number
  allowance: number
  period_start: Date
  period_end: Date | null
}

const inLineWindow = (line: AllowanceLine, at: Date) =>
  (!line.valid_from || new Date(line.valid_from) <= at) && (!line.valid_to || new Date(line.valid_to) > at)

/**
 * What a completed service order draws from its agreement's allowances: per unit (visits,
 * hours) one line — the one naming the order's service object before one for any object, then
 * the earliest listed — valid at `at`. A visit draws 1; hours draw the sum of the order's hour
 * lines (nothing when it has none).
 */
export function allowanceDraws(
  order: { service_object_id?: string | null; lines: { type: string; quantity: number | string }[] },
  agreement: { valid_from: DateLike; valid_to?: DateLike | null; lines: AllowanceLine[] },
  at: Date
): AllowanceDraw[] {
  // Summed in decimal (0.1 + 0.2 hours is 0.3), as the balance's numeric columns keep it.
  const hours = MathBN.sum(0, ...order.lines.filter((l) => l.type === "hour").map((l) => l.quantity)).toNumber()
  const used: Record<AllowanceUnit, number> = { visit: 1, hour: hours }
  const candidates = agreement.lines
    .filter((l) => l.allowance_quantity && l.allowance_unit && l.allowance_period && inLineWindow(l, at))
    .filter((l) => !l.service_object_id || l.service_object_id === order.service_object_id)
    .sort((a, b) => Number(!!b.service_object_id) - Number(!!a.service_object_id))
  const draws: AllowanceDraw[] = []
  for (const unit of ["visit", "hour"] as const) {
    const line = candidates.find((l) => l.allowance_unit === unit)
    const window = line && allowanceWindow(line.allowance_period!, agreement, at)
    if (line && window && used[unit] > 0) {
      draws.push({ agreement_line_id: line.id, unit, quantity: used[unit], allowance: Number(line.allowance_quantity), ...window })
    }
  }
  return draws
}

/** Refuses an allowance given by halves: quantity, unit and period together or not at all. */
export function assertAllowanceComplete(line: { allowance_quantity?: number | null; allowance_unit?: string | null; allowance_period?: string | null }) {
  const set = [line.allowance_quantity, line.allowance_unit, line.allowance_period].filter((v) => v != null).length
  if (set !== 0 && set !== 3) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "An allowance needs allowance_quantity, allowance_unit and allowance_period together (or none of them)"
    )
  }
}
