import { NewServiceOrder } from "../../repositories"
import ServiceManagementModuleService from "../../service"

/**
 * Bare service orders for tests (no lines, no SLA start), written the one way orders are written:
 * numbered and set-based, each with the first row of its stage history. Answers their ids and
 * numbers in the order given.
 */
export async function insertOrders(service: ServiceManagementModuleService, orders: NewServiceOrder[]) {
  const stages = await service.listServiceStages({ id: orders.map((o) => o.stage_id) }, { select: ["id", "code"] })
  const codes = new Map(stages.map((s) => [s.id, s.code]))
  const written = await service.insertServiceOrdersWithHistory(
    orders.map((order) => ({
      order,
      lines: [],
      // An unknown stage keeps its id as code: the insert itself must refuse it (foreign key).
      transition: { to_stage_id: order.stage_id, to_stage_code: codes.get(order.stage_id) ?? order.stage_id, actor_type: "system" },
      sla_event: null,
    })),
    new Date()
  )
  return written.orders
}
