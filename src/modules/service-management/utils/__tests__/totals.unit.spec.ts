import { computeServiceOrderTotals, marginPercent } from "../totals"

describe("computeServiceOrderTotals", () => {
  it.each([
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
  ])("computes %s", (_, lines, expected) => {
    expect(computeServiceOrderTotals(lines as Parameters<typeof computeServiceOrderTotals>[0])).toEqual(expected)
  })
})

describe("marginPercent", () => {
  it("is the margin share of revenue, or null without revenue", () => {
    expect(marginPercent({ revenue_total: 210, margin_total: 93 })).toBe(44.29)
    expect(marginPercent({ revenue_total: 0, margin_total: -75 })).toBeNull()
  })
})
