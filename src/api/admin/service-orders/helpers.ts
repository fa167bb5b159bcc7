import { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { stageState, stateConflictMessage } from "../../../modules/service-management/utils/conflicts"
import { serviceOrderSlaView, SLA_ORDER_FIELDS } from "../../../modules/service-management/utils/views/service-order-sla"
import { retrieveEntity } from "../../utils/respond"
import { serviceOrderScopeFilter } from "../../utils/service-order-scope"

/** Re-reads a service order with the fields the request asked for. */
export const refetchServiceOrder = (req: MedusaRequest, id: string) =>
  retrieveEntity(req, "service_order", { id, ...serviceOrderScopeFilter(req) }, "Service order")

/** The 409 message naming the stage the order is in now (after a race lost to another move). */
export const serviceOrderStageConflict = async (req: MedusaRequest, id: string, expected?: string) => {
  const order = await retrieveEntity(req, "service_order", { id, ...serviceOrderScopeFilter(req) }, "Service order", [
    "number",
    "stage.code",
    "stage.name",
  ])
  return stateConflictMessage(`Service order ${order.number}`, stageState(order.stage), expected)
}

/**
 * The store list's query filters as module filters: "open" is resolved to stage ids first, as the
 * admin list resolves it (`ServiceOrderListRepository.stageIds`), so a page filters on `stage_id`.
 */
export async function serviceOrderFilters(req: MedusaRequest, params: Record<string, unknown>) {
  const { is_open, ...filters } = params
  if (is_open === undefined) {
    return filters
  }
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  return { ...filters, stage_id: await service.listServiceOrderStageIds({ is_open: !!is_open }) }
}

/** An order's SLA view (module utils/views): the order with its SLA log, and its SLA even when since deleted. */
export async function serviceOrderSla(req: MedusaRequest, id: string) {
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const [order] = await service.listServiceOrders({ id }, { select: ["id", "number", "sla_id", ...SLA_ORDER_FIELDS], relations: ["sla_events"] })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service order with id: ${id} was not found`)
  }
  const [sla] = order.sla_id ? await service.listServiceLevelAgreements({ id: order.sla_id }, { withDeleted: true }) : []
  return serviceOrderSlaView(order, sla ?? null)
}
