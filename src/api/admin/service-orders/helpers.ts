import { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { stageState, stateConflictMessage } from "../../../modules/service-management/utils/conflicts"
import { serviceOrderSlaView, SLA_ORDER_FIELDS } from "../../../modules/service-management/utils/views/service-order-sla"
import { serviceOrderAllowedActions, ServiceOrderRuleView } from "../../../modules/service-management/utils/allowed-actions"
import { retrieveEntity } from "../../utils/respond"
import { selectFields } from "../../utils/select-fields"
import { serviceOrderScopeFilter } from "../../utils/service-order-scope"

/** Re-reads a service order with the fields the request asked for. */
export const refetchServiceOrder = (req: MedusaRequest, id: string) =>
  retrieveEntity(req, "service_order", { id, ...serviceOrderScopeFilter(req) }, "Service order")

/**
 * The fields a write's workflow reads the order with, to answer it without a second read: the
 * detail's. None when the request asked for its own `fields` (they may reach records the write
 * changes on the side, e.g. assignments): the order is then read again after the write.
 */
export const answerFields = (req: MedusaRequest) =>
  (req.validatedQuery as { fields?: string } | undefined)?.fields ? undefined : req.queryConfig.fields

/**
 * The service order a write answers, as the detail answers it: the order its workflow holds (read
 * with `answerFields` and brought up to date with what it wrote) when that holds every field, else
 * read again; with its allowed actions.
 */
export async function answerServiceOrder(req: MedusaRequest, id: string, held: Record<string, unknown>) {
  const fields = answerFields(req)
  const order = (fields && selectFields(held, fields)) || (await refetchServiceOrder(req, id))
  return { ...order, allowed_actions: serviceOrderAllowedActions(held as unknown as ServiceOrderRuleView) }
}

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
