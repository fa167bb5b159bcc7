import { computeServiceOrderTotals, marginPercent } from "../totals"
import { TOTALS_CASES } from "./totals-cases"

describe("computeServiceOrderTotals", () => {
  it.each(TOTALS_CASES)("computes %s", (_, lines, expected) => {
    expect(computeServiceOrderTotals(lines)).toEqual(expected)
  })
})

describe("marginPercent", () => {
  it("is the margin share of revenue, or null without revenue", () => {
    expect(marginPercent({ revenue_total: 210, margin_total: 93 })).toBe(44.29)
    expect(marginPercent({ revenue_total: 0, margin_total: -75 })).toBeNull()
  })
})
