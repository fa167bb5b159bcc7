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

const HOUR_MS = 60 * 60 * 1000


/** The SLA filters of the list: "breached", and "an open target due within N hours". */
function slaFilters(breached: unknown, dueWithinHours: unknown, now = new Date()) {
  const and: Record<string, unknown>[] = []
  if (breached !== undefined) {
    and.push(
      breached
        ? { $or: [{ response_breached_at: { $ne: null } }, { resolution_breached_at: { $ne: null } }] }
        : { response_breached_at: null, resolution_breached_at: null }
    )
  }
  if (dueWithinHours !== undefined) {
    const window = { $gte: now, $lte: new Date(now.getTime() + Number(dueWithinHours) * HOUR_MS) }
    const open = { sla_paused_at: null, closed_at: null, canceled_at: null }
    and.push({
      $or: [
        { ...open, responded_at: null, response_breached_at: null, response_due_at: window },
        { ...open, resolved_at: null, resolution_breached_at: null, resolution_due_at: window },
      ],
    })
  }
  return and.length ? { $and: and } : {}
}

/**
 * Turns the list route's query filters into module filters (the SLA filters become conditions on
 * the due and breach times). Stage codes and "open" are resolved to stage ids first: filtered by
 * `stage_id`, a page reads the (stage_id, created_at) index with the planner knowing how many
 * orders a stage has, where a join on the stage's code leaves it guessing (and sorting).
 */
export async function serviceOrderFilters(req: MedusaRequest, params: Record<string, unknown>) {
  const { stage_code, is_open, sla_breached, sla_due_within_hours, is_posted, ...rest } = params
  const filters: Record<string, unknown> = { ...rest, ...slaFilters(sla_breached, sla_due_within_hours) }
  if (is_posted !== undefined) {
    filters.posted_at = is_posted ? { $ne: null } : null
  }
  const stage: Record<string, unknown> = {}
  if (stage_code) {
    stage.code = stage_code
  }
  if (is_open !== undefined) {
    stage.is_terminal = !is_open
  }
  if (!Object.keys(stage).length) {
    return filters
  }
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const stageIds = (await service.listServiceStages(stage, { select: ["id"] })).map((s) => s.id)
  const and = (filters.$and as Record<string, unknown>[] | undefined) ?? []
  return { ...filters, $and: [...and, { stage_id: stageIds }] }
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
