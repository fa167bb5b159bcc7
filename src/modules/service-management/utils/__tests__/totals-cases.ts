import { ServiceOrderTotals, TotalsLine } from "../totals"

/**
 * Lines and their totals by the totals rule: what `computeServiceOrderTotals` (a new order's, in
 * JS) and the SQL refresh of an existing order's (`changeServiceOrderLines`, a module test) must
 * both answer.
 */
export const TOTALS_CASES: [string, TotalsLine[], ServiceOrderTotals][] = [
  ["no lines", [], { revenue_total: 0, cost_total: 0, margin_total: 0 }],
  [
    "billable and non-billable lines",
    [
      { quantity: 2, unit_price: 90, unit_cost: 40 },
      { quantity: 1, unit_price: 30, unit_cost: 12, billable: true },
      { quantity: 1, unit_price: 25, unit_cost: 25, billable: false },
    ],
    { revenue_total: 210, cost_total: 117, margin_total: 93 },
  ],
  ["decimal quantities without float drift", [{ quantity: 0.1, unit_price: 0.2, unit_cost: 0.1 }, { quantity: 0.2, unit_price: 0.1 }], { revenue_total: 0.04, cost_total: 0.01, margin_total: 0.03 }],
  ["a loss", [{ quantity: 1.5, unit_price: 0, unit_cost: 50, billable: false }], { revenue_total: 0, cost_total: 75, margin_total: -75 }],
  ["missing prices", [{ quantity: 3 }], { revenue_total: 0, cost_total: 0, margin_total: 0 }],
  ["many decimals", [{ quantity: 1.333, unit_price: 19.99, unit_cost: 7.015 }, { quantity: 2.5, unit_price: 0.07, unit_cost: 0.33 }], { revenue_total: 26.82167, cost_total: 10.175995, margin_total: 16.645675 }],
]
