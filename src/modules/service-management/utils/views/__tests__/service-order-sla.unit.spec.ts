import { serviceOrderSlaView } from "../service-order-sla"

describe("serviceOrderSlaView", () => {
  it("answers the stored clock and the log oldest first when the order has no SLA", () => {
    const view = serviceOrderSlaView(
      {
        id: "sord_1",
        number: "SO-1",
        response_due_at: null,
        sla_events: [
          { type: "resume", occurred_at: "2026-01-02T00:00:00Z" },
          { type: "start", occurred_at: "2026-01-01T00:00:00Z" },
        ],
      },
      null
    )
    expect(view.sla).toBeNull()
    expect(view.clock).toBeNull()
    expect(view.service_order).toMatchObject({ id: "sord_1", number: "SO-1", response_due_at: null, resolved_at: null })
    expect(view.events.map((e) => e.type)).toEqual(["start", "resume"])
  })
})
