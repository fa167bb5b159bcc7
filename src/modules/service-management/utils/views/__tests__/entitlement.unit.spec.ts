import { entitlementView, EntitlementInput, storeEntitlementView } from "../entitlement"

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
