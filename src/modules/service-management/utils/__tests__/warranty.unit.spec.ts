import { isUnderWarranty, termFor, warrantyEnd, WarrantyTermRule } from "../warranty"

const term = (over: Partial<WarrantyTermRule>): WarrantyTermRule => ({
  id: "t",
  product_id: null,
  variant_id: null,
  duration_months: 12,
  start_basis: "placed",
  parts_coverage_percent: 100,
  labour_coverage_percent: 100,
  remedies: ["repair"],
  ...over,
})

describe("termFor", () => {
  const product = term({ id: "p", product_id: "prod_1", duration_months: 24 })
  const variant = term({ id: "v", variant_id: "var_1", duration_months: 36 })

  it("takes the variant's own term over its product's", () => {
    expect(termFor({ id: "var_1", product_id: "prod_1" }, [product, variant])?.id).toBe("v")
  })

  it("falls back to the product's term, and to none", () => {
    expect(termFor({ id: "var_2", product_id: "prod_1" }, [product, variant])?.id).toBe("p")
    expect(termFor({ id: "var_3", product_id: "prod_9" }, [product, variant])).toBeNull()
    expect(termFor({ id: null, product_id: null }, [product, variant])).toBeNull()
  })
})

describe("warrantyEnd", () => {
  const moments = { placed: "2026-01-31T10:00:00Z", fulfilled: "2026-02-03T08:00:00Z", delivered: "2026-02-05T12:00:00Z" }

  it.each([
    ["placed", "2026-02-28T10:00:00.000Z"],
    ["fulfilled", "2026-03-03T08:00:00.000Z"],
    ["delivered", "2026-03-05T12:00:00.000Z"],
  ] as const)("counts the months from the %s moment, month-end safe", (basis, end) => {
    expect(warrantyEnd(term({ start_basis: basis, duration_months: 1 }), moments)?.toISOString()).toBe(end)
  })

  it("has no end while the moment it starts from has not happened, or without a term", () => {
    expect(warrantyEnd(term({ start_basis: "delivered" }), { placed: moments.placed, fulfilled: moments.fulfilled })).toBeNull()
    expect(warrantyEnd(null, moments)).toBeNull()
  })
})

describe("isUnderWarranty", () => {
  const now = new Date("2026-06-01T00:00:00Z")

  it("is covered until the end, unless the warranty was ended early", () => {
    expect(isUnderWarranty({ warranty_end: "2026-06-02T00:00:00Z" }, now)).toBe(true)
    expect(isUnderWarranty({ warranty_end: "2026-05-31T00:00:00Z" }, now)).toBe(false)
    expect(isUnderWarranty({ warranty_end: null }, now)).toBe(false)
    expect(isUnderWarranty({ warranty_end: "2027-01-01T00:00:00Z", warranty_ended_at: "2026-04-01T00:00:00Z" }, now)).toBe(false)
  })
})
