import { boardWithOrders, myWorkWithOrders } from "../dispatch-orders"
import type { DispatchBoardAnswer } from "../dispatch-types"

const order = (id: string, customer_id: string) => ({
  id,
  number: `SO-${id}`,
  title: null,
  priority: "normal" as const,
  customer_id,
  stage_code: "scheduled",
  response_due_at: null,
  resolution_due_at: null,
})
const block = (id: string, service_order_id: string) => ({
  id,
  service_order_id,
  service_order_line_id: null,
  starts_at: "2026-11-23T08:00:00Z",
  ends_at: "2026-11-23T09:00:00Z",
  status: "planned" as const,
  overrides: [],
})
const answer: DispatchBoardAnswer = {
  from: "2026-11-23T00:00:00Z",
  to: "2026-11-30T00:00:00Z",
  count: 30,
  offset: 25,
  limit: 25,
  technicians: [
    { id: "t1", first_name: "Ann", last_name: null, color: null, team_id: null, skills: [], timezone: "UTC", working_periods: [], absences: [], assignments: [block("a1", "o1"), block("a2", "o1")] },
  ],
  queue: [{ id: "o2", description: "Leaks", created_at: "2026-11-20T00:00:00Z", required_skills: ["gas"], estimated_minutes: 90 }],
  service_orders: { o1: order("o1", "c1"), o2: order("o2", "c-gone") },
  customers: { c1: { name: "Jane Doe" } },
  stages: { scheduled: { name: "Scheduled" } },
}

describe("the dispatch board's orders, joined in the browser", () => {
  it("gives every block and queue card its order with the customer's and stage's names", () => {
    const board = boardWithOrders(answer)
    expect([board.count, board.offset, board.limit]).toEqual([30, 25, 25])
    expect(board.technicians[0].assignments.map((a) => [a.id, a.service_order.number, a.service_order.customer_name, a.service_order.stage_name])).toEqual([
      ["a1", "SO-o1", "Jane Doe", "Scheduled"],
      ["a2", "SO-o1", "Jane Doe", "Scheduled"],
    ])
    // A customer the answer does not name (deleted since) shows no name rather than failing.
    expect(board.queue).toEqual([expect.objectContaining({ id: "o2", number: "SO-o2", description: "Leaks", customer_name: null, required_skills: ["gas"] })])
  })

  it("does the same for my work", () => {
    const { service_orders, customers, stages } = answer
    const work = myWorkWithOrders({
      technician: { id: "t1", first_name: "Ann", last_name: null, color: null },
      assignments: [block("a1", "o1")],
      absences: [],
      working_periods: [],
      service_orders,
      customers,
      stages,
    })
    expect(work.assignments[0].service_order).toEqual(expect.objectContaining({ number: "SO-o1", customer_name: "Jane Doe" }))
    expect(work).not.toHaveProperty("service_orders")
  })
})
