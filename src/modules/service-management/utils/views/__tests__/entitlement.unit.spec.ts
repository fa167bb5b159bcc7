import { entitlementView, EntitlementInput, repairCost, storeEntitlementView } from "../entitlement"

const now = new Date("2026-06-01T00:00:00Z")
const term = {
  id: "swty_1",
  product_id: "prod_1",
  variant_id: null,
  duration_months: 24,
  start_basis: "placed" as const,
  parts_coverage_percent: 100,
  labour_coverage_percent: 60,
  remedies: ["repair"],
  transferable: false,
}
const input = (over: Partial<EntitlementInput> = {}): EntitlementInput => ({
  object: { id: "sobj_1", warranty_end: "2027-01-01T00:00:00Z", warranty_starts_at: "2025-01-01T00:00:00Z", warranty_ended_at: null, warranty_end_reason: null },
  term,
  agreements: [],
  allowances: [],
  sla: null,
  return_window_closes: null,
  task_prices: { on_site_visit: 150, paid_repair: 200 },
  parts_amounts: {},
  now,
  ...over,
})
const option = (e: ReturnType<typeof entitlementView>, kind: string) => e.options.find((o) => o.kind === kind)!

describe("entitlementView", () => {
  it("shows what a covering line's allowance has left this period, to staff and to the customer", () => {
    const agreements = [
      { id: "sagr_1", number: "SA-1", name: "Plan", valid_from: "2026-01-01T00:00:00Z", valid_to: null, lines: [{ id: "l1", description: "Visits", type: "fee", service_object_id: null, unit_price: 0 }] },
    ]
    const balance = {
      agreement_line_id: "l1", agreement_id: "sagr_1", service_object_id: null, description: "Visits", unit: "visit" as const, period: "year" as const,
      period_start: "2026-01-01T00:00:00.000Z", period_end: "2027-01-01T00:00:00.000Z", allowance: 4, used: 1, remaining: 3, overage_unit_price: 90,
    }
    const e = entitlementView(input({ agreements, allowances: [balance] }))
    const allowance = { unit: "visit", period: "year", period_end: "2027-01-01T00:00:00.000Z", allowance: 4, used: 1, remaining: 3, overage_unit_price: 90 }
    expect(e.agreement.agreements[0].lines[0].allowance).toEqual(allowance)
    expect(storeEntitlementView(e).agreement.agreements[0].lines[0]).toEqual({ description: "Visits", type: "fee", allowance })
    expect(entitlementView(input({ agreements })).agreement.agreements[0].lines[0].allowance).toBeNull()
  })


  it("under warranty, a repair costs the labour share the warranty leaves; replacement needs the replace remedy", () => {
    const e = entitlementView(input())
    expect(option(e, "on_site_visit")).toEqual({ kind: "on_site_visit", available: true, cost: 60, basis: "warranty" })
    expect(option(e, "mail_in_repair").cost).toBeNull()
    expect(option(e, "replacement").available).toBe(false)
    expect(option(entitlementView(input({ term: { ...term, remedies: ["replace"] } })), "replacement")).toEqual({ kind: "replacement", available: true, cost: 0, basis: "warranty" })
  })

  it("prices a repair from labour and parts, each share by its own coverage", () => {
    // Labour 60 % and parts 50 % covered: 150 × 40 % + 80 × 50 % = 60 + 40.
    const split = { ...term, labour_coverage_percent: 60, parts_coverage_percent: 50 }
    const parts = { on_site_visit: 80, mail_in_repair: 30, paid_repair: 45.5 }
    const e = entitlementView(input({ term: split, parts_amounts: parts }))
    expect(option(e, "on_site_visit")).toEqual({ kind: "on_site_visit", available: true, cost: 100, basis: "warranty" })
    // No task price: the labour is unknown, so is the cost, whatever the parts.
    expect(option(e, "mail_in_repair").cost).toBeNull()
    // Paid: labour plus parts, nothing covered (200 + 45.5); out of warranty the same for a visit (150 + 80).
    expect(option(e, "paid_repair")).toEqual({ kind: "paid_repair", available: true, cost: 245.5, basis: "paid" })
    const out = { object: { ...input().object, warranty_end: "2026-01-01T00:00:00Z" } }
    expect(option(entitlementView(input({ ...out, parts_amounts: parts })), "on_site_visit")).toEqual({ kind: "on_site_visit", available: true, cost: 230, basis: "paid" })
    // Parts fully covered: only the labour share (150 × 40 %).
    expect(option(entitlementView(input({ parts_amounts: parts })), "on_site_visit").cost).toBe(60)
  })

  it("repairCost: a fully covered share costs 0 even unpriced, and the sum is rounded to cents once", () => {
    expect(repairCost(null, 80, { labour_percent: 100, parts_percent: 50 })).toBe(40)
    expect(repairCost(100, null, { labour_percent: 100, parts_percent: 0 })).toBe(0)
    expect(repairCost(null, null)).toBeNull()
    // 99.99 × 67 % = 66.9933 and 10.01 × 75 % = 7.5075: 74.5008 → 74.50.
    expect(repairCost(99.99, 10.01, { labour_percent: 33, parts_percent: 25 })).toBe(74.5)
  })

  it("an agreement in force with a line for the object (or for none) covers repairs; one for another object or expired does not", () => {
    const agreement = (lines: { service_object_id: string | null }[], valid_to: string | null = null) => ({
      id: "sagr_1", number: "SA-1", name: "Plan", valid_from: "2026-01-01T00:00:00Z", valid_to,
      lines: lines.map((l, i) => ({ id: `l${i}`, description: "Check", type: "hour", unit_price: 0, ...l })),
    })
    const out = { object: { ...input().object, warranty_end: "2026-01-01T00:00:00Z" } }
    expect(entitlementView(input({ ...out, agreements: [agreement([{ service_object_id: "sobj_1" }])] })).agreement.covered).toBe(true)
    expect(entitlementView(input({ ...out, agreements: [agreement([{ service_object_id: null }])] })).agreement.covered).toBe(true)
    expect(entitlementView(input({ ...out, agreements: [agreement([{ service_object_id: "sobj_2" }])] })).agreement.covered).toBe(false)
    expect(entitlementView(input({ ...out, agreements: [agreement([{ service_object_id: null }], "2026-05-01T00:00:00Z")] })).agreement.covered).toBe(false)
    expect(option(entitlementView(input({ ...out, agreements: [agreement([{ service_object_id: null }])] })), "on_site_visit")).toEqual(
      expect.objectContaining({ cost: 0, basis: "agreement" })
    )
  })

  it("out of warranty: a return for repair is free while the return window is open, else everything is paid at the task price", () => {
    const ended = { object: { ...input().object, warranty_ended_at: "2026-05-01T00:00:00Z", warranty_end_reason: "returned" as const } }
    const open = entitlementView(input({ ...ended, return_window_closes: new Date("2026-06-10T00:00:00Z") }))
    expect(open.warranty).toEqual(expect.objectContaining({ under_warranty: false, labour_coverage_percent: 0, remedies: [] }))
    expect(option(open, "return_for_repair")).toEqual(expect.objectContaining({ cost: 0, basis: "return_window" }))
    const closed = entitlementView(input({ ...ended, return_window_closes: new Date("2026-05-10T00:00:00Z") }))
    expect(option(closed, "on_site_visit")).toEqual({ kind: "on_site_visit", available: true, cost: 150, basis: "paid" })
    expect(option(closed, "paid_repair").cost).toBe(200)
  })

  it("the store view leaves out the term id and line prices", () => {
    const store = storeEntitlementView(entitlementView(input()))
    expect(store.warranty).not.toHaveProperty("term_id")
    expect(JSON.stringify(store)).not.toContain("swty_1")
  })
})
