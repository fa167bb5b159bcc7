import { CustomerViewContext, customerTimeline, toCustomerServiceOrder } from "../customer-view"

const stage = (code: string, customer_visible = true) => ({ code, name: code.toUpperCase(), color: null, is_terminal: code === "closed", customer_visible })
const ctx = (over: Partial<CustomerViewContext> = {}): CustomerViewContext => ({
  stages: new Map([...["requested", "in_progress", "closed"].map((c) => [c, stage(c)] as const), ["parts", stage("parts", false)] as const]),
  transitions: new Map([
    [
      "sord_1",
      [
        { service_order_id: "sord_1", to_stage_code: "requested", created_at: "2026-01-01T08:00:00Z" },
        { service_order_id: "sord_1", to_stage_code: "in_progress", created_at: "2026-01-02T08:00:00Z" },
        { service_order_id: "sord_1", to_stage_code: "parts", created_at: "2026-01-03T08:00:00Z" },
      ],
    ],
  ]),
  visits: new Map(),
  ...over,
})
const row = (over: Record<string, unknown> = {}) => ({
  id: "sord_1",
  number: "SO-000001",
  internal_note: "secret",
  cost_total: 45,
  posted_at: null,
  stage: { code: "in_progress", allow_customer_cancel: false, customer_visible: true },
  service_object: { id: "sobj_1", name: "Boiler", serial_number: "B-1", customer_id: "cus_2", metadata: { x: 1 } },
  lines: [{ id: "l1", type: "hour", quantity: 1, unit_price: 80, unit_cost: 45, technician_id: "stech_1" }],
  ...over,
})

describe("customer view", () => {
  it("copies only allowlisted keys, also from the object and the lines", () => {
    const view = toCustomerServiceOrder(row(), ctx())
    expect(view).not.toHaveProperty("internal_note")
    expect(view).not.toHaveProperty("cost_total")
    expect(view).not.toHaveProperty("posted_at")
    expect(view.service_object).toEqual({ id: "sobj_1", name: "Boiler", serial_number: "B-1" })
    expect(view.lines).toEqual([{ id: "l1", type: "hour", quantity: 1, unit_price: 80 }])
    expect(view.stage).toEqual({ code: "in_progress", name: "IN_PROGRESS", color: null, is_terminal: false })
    expect(view).not.toHaveProperty("timeline")
  })

  it("shows the last visible stage while the order sits in a hidden one, and leaves hidden stages out of the timeline", () => {
    const view = toCustomerServiceOrder(row({ stage: { code: "parts", allow_customer_cancel: false } }), ctx(), { timeline: true })
    expect(view.stage.code).toBe("in_progress")
    expect(view.timeline?.map((t) => t.code)).toEqual(["requested", "in_progress"])
    expect(view.timeline?.[1].entered_at).toBe("2026-01-02T08:00:00Z")
  })

  it("keeps only visits that took place once the order is cancelled", () => {
    const visit = (status: string) => ({ technician: { first_name: "Tom" }, starts_at: new Date(), ends_at: new Date(), status })
    const visits = new Map([["sord_1", [visit("done"), visit("planned")]]])
    expect(toCustomerServiceOrder(row(), ctx({ visits })).visits.map((v) => v.status)).toEqual(["done", "planned"])
    expect(toCustomerServiceOrder(row({ canceled_at: new Date() }), ctx({ visits })).visits.map((v) => v.status)).toEqual(["done"])
  })

  it("answers the fields asked for, not the ones read to compute the view", () => {
    const view = toCustomerServiceOrder(row({ canceled_at: null }), ctx(), { fields: ["id", "number"] })
    expect(Object.keys(view).sort()).toEqual(["can_cancel", "id", "number", "stage", "visits"])
  })

  it("names a removed stage by its code", () => {
    expect(customerTimeline([{ service_order_id: "sord_1", to_stage_code: "gone", created_at: "2026-01-01" }], new Map())).toEqual([
      { code: "gone", name: "gone", color: null, is_terminal: false, entered_at: "2026-01-01" },
    ])
  })

  it("allows cancelling only where the stage does and the order is not posted", () => {
    expect(toCustomerServiceOrder(row({ stage: { code: "requested", allow_customer_cancel: true } }), ctx()).can_cancel).toBe(true)
    expect(toCustomerServiceOrder(row({ stage: { code: "requested", allow_customer_cancel: true }, posted_at: new Date() }), ctx()).can_cancel).toBe(false)
    expect(toCustomerServiceOrder(row(), ctx()).can_cancel).toBe(false)
  })
})
