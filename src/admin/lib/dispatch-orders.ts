import type { BoardAssignment, BoardOrderRef, DispatchBoard, DispatchBoardAnswer, MyWork, MyWorkAnswer, NormalisedOrders } from "./dispatch-types"

/** An order as a block or queue card shows it: the API's order with its customer's and stage's names. */
export function orderRef(answer: NormalisedOrders, id: string): BoardOrderRef & { customer_id: string | null } {
  const order = answer.service_orders[id]
  return {
    ...order,
    customer_name: answer.customers[order.customer_id]?.name ?? null,
    stage_name: answer.stages[order.stage_code ?? ""]?.name ?? null,
  }
}

const withOrders = (answer: NormalisedOrders, assignments: Omit<BoardAssignment, "service_order">[]): BoardAssignment[] =>
  assignments.map((a) => ({ ...a, service_order: orderRef(answer, a.service_order_id) }))

/**
 * The board as its components read it (each block and card with its order), from the answer that
 * carries each order once: joined here, in the browser, for the blocks on one screen.
 */
export const boardWithOrders = (answer: DispatchBoardAnswer): DispatchBoard => ({
  from: answer.from,
  to: answer.to,
  count: answer.count,
  offset: answer.offset,
  limit: answer.limit,
  technicians: answer.technicians.map((t) => ({ ...t, assignments: withOrders(answer, t.assignments) })),
  queue: answer.queue.map((q) => ({ ...orderRef(answer, q.id), ...q })),
})

/** My work with each assignment's order (as `boardWithOrders`). */
export const myWorkWithOrders = ({ service_orders, customers, stages, ...work }: MyWorkAnswer): MyWork => ({
  ...work,
  assignments: withOrders({ service_orders, customers, stages }, work.assignments),
})
