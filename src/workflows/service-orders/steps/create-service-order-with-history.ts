import { createStep, StepExecutionContext, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService, { ServiceOrderWithHistory, WrittenServiceOrders } from "../../../modules/service-management/service"

/** What a write of new orders leaves to undo: the orders and every row written with them. */
export type WrittenRows = Omit<WrittenServiceOrders, "orders"> & { ids: string[] }

/**
 * Compensation of the writes below: deletes exactly the rows they made and gives the orders'
 * numbers back while no later number was issued (`deleteNumbered`).
 */
export async function deleteWrittenServiceOrders(written: WrittenRows | undefined, { container }: StepExecutionContext) {
  if (!written?.ids.length) {
    return
  }
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  await service.deleteSlaEvents(written.sla_event_ids)
  await service.deleteStageTransitions(written.transition_ids)
  await service.deleteServiceOrderLines(written.line_ids)
  await service.deleteNumbered("ServiceOrders", written.ids)
}

/** A prepared order and its rows, each stamped with the order's creation time (which its SLA due times count from). */
export type CreateServiceOrderWithHistoryInput = ServiceOrderWithHistory & { order: { created_at: Date | string } }

export const createServiceOrderWithHistoryStepId = "create-service-order-with-history"
/**
 * Writes a prepared service order — its number, row, lines, first stage history row and SLA
 * start — as the set-based write of a batch of one (one statement), and returns the rows as
 * written, with their ids and number. Compensation deletes exactly those rows and gives the number
 * back while no later number was issued (`deleteNumbered`).
 */
export const createServiceOrderWithHistoryStep = createStep(
  createServiceOrderWithHistoryStepId,
  async (input: CreateServiceOrderWithHistoryInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    // Step results may come back serialised (e.g. with the Redis workflow engine): rebuild the date.
    const { orders, ...rows } = await service.insertServiceOrdersWithHistory([input], new Date(input.order.created_at))
    const order = { ...input.order, ...orders[0] }
    const ofOrder = <Row>(row: Row, id: string) => ({ ...row, id, service_order_id: order.id })
    const created = {
      order,
      lines: input.lines.map((line, i) => ofOrder(line, rows.line_ids[i])),
      stage_transitions: [ofOrder(input.transition, rows.transition_ids[0])],
    }
    return new StepResponse(created, { ids: [order.id], ...rows })
  },
  deleteWrittenServiceOrders
)

export type CreateServiceOrdersWithHistoryInput = {
  orders: ServiceOrderWithHistory[]
  /** The orders' creation time, which their SLA due times count from. */
  created_at: Date | string
}

export const createServiceOrdersWithHistoryStepId = "create-service-orders-with-history"
/**
 * Writes a batch of prepared service orders set-based — their numbers, rows, lines, first stage
 * history rows and SLA starts, an insert per table in one statement — and returns their ids
 * and numbers in the order given. Compensation as for one order: exactly those rows go, and the
 * numbers come back while no later number was issued.
 */
export const createServiceOrdersWithHistoryStep = createStep(
  createServiceOrdersWithHistoryStepId,
  async (input: CreateServiceOrdersWithHistoryInput, { container }) => {
    if (!input.orders.length) {
      return new StepResponse([] as WrittenServiceOrders["orders"], { ids: [], line_ids: [], transition_ids: [], sla_event_ids: [] } as WrittenRows)
    }
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    // Step results may come back serialised (e.g. with the Redis workflow engine): rebuild the date.
    const { orders, ...rows } = await service.insertServiceOrdersWithHistory(input.orders, new Date(input.created_at))
    return new StepResponse(orders, { ids: orders.map((o) => o.id), ...rows })
  },
  deleteWrittenServiceOrders
)
