import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ServiceRoleRequest } from "./service-roles"

// An id no order has: a scoped user without a technician sees no orders at all.
const NO_TECHNICIAN = "stech_none"

const liveAssignmentOf = (technicianId: string | null) => ({
  technician_id: technicianId ?? NO_TECHNICIAN,
  status: { $ne: "cancelled" },
})

/**
 * Filters that restrict a `service_order` query to the orders the request's technician or
 * consultant has a live (not cancelled, not deleted) assignment on; empty for unscoped roles.
 */
export function serviceOrderScopeFilter(req: MedusaRequest): Record<string, unknown> {
  const scope = (req as ServiceRoleRequest).serviceScope
  return scope ? { assignments: liveAssignmentOf(scope.technician_id) } : {}
}

/**
 * 404 — exactly like a missing order — when a scoped request names an order that is not
 * assigned to its technician. One query; nothing for unscoped roles.
 */
export async function assertServiceOrderInScope(req: MedusaRequest, serviceOrderId: string) {
  const scope = (req as ServiceRoleRequest).serviceScope
  if (!scope) {
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "service_assignment",
    fields: ["id"],
    filters: { service_order_id: serviceOrderId, ...liveAssignmentOf(scope.technician_id) },
    pagination: { take: 1, skip: 0 },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service order with id: ${serviceOrderId} was not found`)
  }
}

// Relations that lead from a record to service orders or their contents. Through `fields` they
// would show a technician orders outside their scope (e.g. `service_object.service_orders.*`).
const ORDER_BEARING = /^(service_orders?|lines|[a-z_]+_lines|assignments|service_objects|sla_events|stage_transitions|occurrences)$/

/**
 * The requested `fields` a scoped request may not follow: on a service order's own routes its
 * direct relations are its own (lines, assignments…), but no path may go on to other orders;
 * elsewhere no path may reach order data at all. Empty for unscoped roles.
 */
export function fieldsOutsideScope(req: MedusaRequest, onServiceOrder: boolean): string[] {
  if (!(req as ServiceRoleRequest).serviceScope) {
    return []
  }
  const raw = req.query?.fields
  const fields = (Array.isArray(raw) ? raw.join(",") : typeof raw === "string" ? raw : "").split(",")
  return fields.filter((field) => {
    const relations = field.trim().replace(/^[*+-]/, "").split(".").slice(0, -1)
    // `*relation` names a relation in its last segment.
    if (/^\*/.test(field.trim())) {
      relations.push(field.trim().slice(1).split(".").pop()!)
    }
    return relations.some((segment, i) => !(onServiceOrder && i === 0) && ORDER_BEARING.test(segment))
  })
}
