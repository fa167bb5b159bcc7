import type { AllowanceBalance } from "../../../../types/http/agreements"
import { AllowanceLine, allowanceWindow } from "../allowances"

/** An agreement line with an allowance and its agreement's term (what a balance is computed from). */
export type AllowanceLineWithTerm = AllowanceLine & {
  description: string
  overage_unit_price?: number | string | null
  agreement: { id: string; valid_from: Date | string; valid_to?: Date | string | null }
}

/** What an agreement line grants in the period containing a date, and what is left of it (the API's shape). */
export type AllowanceBalanceView = AllowanceBalance

/** `{ agreement_line_id, period_start }` of each line's period at `at` (none outside the agreement term). */
export function allowanceBalanceKeys(lines: AllowanceLineWithTerm[], at: Date) {
  return lines.flatMap((line) => {
    const window = line.allowance_period ? allowanceWindow(line.allowance_period, line.agreement, at) : null
    return window ? [{ line, agreement_line_id: line.id, ...window }] : []
  })
}

/** The balances of `lines` at `at` from the stored rows (a period nobody drew on yet has used 0). */
export function allowanceBalanceViews(
  lines: AllowanceLineWithTerm[],
  rows: { agreement_line_id: string; period_start: Date | string; used: number }[],
  at: Date
): AllowanceBalanceView[] {
  return allowanceBalanceKeys(lines, at).map(({ line, period_start, period_end }) => {
    const allowance = Number(line.allowance_quantity)
    const row = rows.find((r) => r.agreement_line_id === line.id && new Date(r.period_start).getTime() === period_start.getTime())
    const used = row ? Number(row.used) : 0
    return {
      agreement_line_id: line.id,
      agreement_id: line.agreement.id,
      service_object_id: line.service_object_id ?? null,
      description: line.description,
      unit: line.allowance_unit!,
      period: line.allowance_period!,
      period_start: period_start.toISOString(),
      period_end: period_end?.toISOString() ?? null,
      allowance,
      used,
      remaining: Math.max(0, allowance - used),
      overage_unit_price: line.overage_unit_price == null ? null : Number(line.overage_unit_price),
    }
  })
}
