import { warrantyTermText } from "../warranty-format"

describe("warrantyTermText", () => {
  const term = {
    duration_months: 36,
    start_basis: "delivered" as const,
    parts_coverage_percent: 100,
    labour_coverage_percent: 50,
    remedies: ["repair" as const, "refund" as const],
    transferable: true,
  }

  it("names the duration, its start, the coverage, the remedies and whether it passes on", () => {
    expect(warrantyTermText(term)).toBe("36 months from delivery · parts 100 %, labour 50 % · repair, refund · transferable")
  })

  it("says so when the warranty stays with the buyer", () => {
    expect(warrantyTermText({ ...term, start_basis: "placed", transferable: false })).toBe(
      "36 months from order placed · parts 100 %, labour 50 % · repair, refund · not transferable"
    )
  })
})
