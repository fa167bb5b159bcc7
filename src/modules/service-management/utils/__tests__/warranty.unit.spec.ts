import { warrantyEndFromMetadata } from "../warranty"

const bought = "2026-01-31T10:00:00Z"

describe("warrantyEndFromMetadata", () => {
  it("counts the variant's warranty_months from the purchase, month-end safe", () => {
    expect(warrantyEndFromMetadata(bought, { variant: { warranty_months: 1 } })?.toISOString()).toBe("2026-02-28T10:00:00.000Z")
    expect(warrantyEndFromMetadata(bought, { variant: { warranty_months: "24" } })?.toISOString()).toBe("2028-01-31T10:00:00.000Z")
  })

  it("prefers the line item's explicit date, then the variant, then the product", () => {
    const sources = { line_item: { warranty_end: "2030-05-01" }, variant: { warranty_months: 12 }, product: { warranty_months: 36 } }
    expect(warrantyEndFromMetadata(bought, sources)?.toISOString()).toBe("2030-05-01T00:00:00.000Z")
    expect(warrantyEndFromMetadata(bought, { ...sources, line_item: {} })?.toISOString()).toBe("2027-01-31T10:00:00.000Z")
    expect(warrantyEndFromMetadata(bought, { product: { warranty_months: 36 } })?.toISOString()).toBe("2029-01-31T10:00:00.000Z")
  })

  it.each([
    [{}],
    [{ variant: null, product: undefined }],
    [{ variant: { warranty_months: 0 } }],
    [{ variant: { warranty_months: -3 } }],
    [{ variant: { warranty_months: 1.5 } }],
    [{ variant: { warranty_months: 601 } }],
    [{ product: { warranty_months: "two years" } }],
    [{ line_item: { warranty_end: "not a date" } }],
  ])("gives null without a usable term: %j", (sources) => {
    expect(warrantyEndFromMetadata(bought, sources as Parameters<typeof warrantyEndFromMetadata>[1])).toBeNull()
  })
})
