import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

export type TotalsLine = {
  quantity: BigNumberInput
  unit_price?: BigNumberInput | null
  unit_cost?: BigNumberInput | null
  billable?: boolean | null
}

export type ServiceOrderTotals = {
  revenue_total: number
  cost_total: number
  margin_total: number
}

/**
 * Revenue counts billable lines at their sales price; cost counts every line, billable or not,
 * because non-billable work (warranty, goodwill) still costs the merchant. Margin = revenue − cost.
 */
export function computeServiceOrderTotals(lines: TotalsLine[]): ServiceOrderTotals {
  let revenue = MathBN.convert(0)
  let cost = MathBN.convert(0)
  for (const line of lines) {
    cost = MathBN.add(cost, MathBN.mult(line.quantity, line.unit_cost ?? 0))
    if (line.billable !== false) {
      revenue = MathBN.add(revenue, MathBN.mult(line.quantity, line.unit_price ?? 0))
    }
  }
  return {
    revenue_total: revenue.toNumber(),
    cost_total: cost.toNumber(),
    margin_total: MathBN.sub(revenue, cost).toNumber(),
  }
}

/** Margin as a percentage of revenue, or null when there is no revenue. */
export function marginPercent(totals: Pick<ServiceOrderTotals, "revenue_total" | "margin_total">) {
  if (!totals.revenue_total) {
    return null
  }
  return Math.round((totals.margin_total / totals.revenue_total) * 10000) / 100
}
