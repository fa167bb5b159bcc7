import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import { ServiceOrderListFilters } from "../../../modules/service-management/repositories"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assertKeysetPaging } from "../../utils/keyset"
import { LIST_COUNT_CAP } from "../../utils/respond"
import { ServiceRoleRequest } from "../../utils/service-roles"
import { defaultAdminServiceOrderListFields } from "./query-config"

const LIST_FIELDS = new Set(defaultAdminServiceOrderListFields)

/**
 * The admin's service order list, in Medusa's list shape plus `count_capped` (see `listEntities`).
 * The filtered, ordered page and its count come from one SQL statement (the module's
 * `listServiceOrderPage`); with the list's default fields that statement reads them too, joined,
 * as Query would answer them. Other `fields` are read by Query for the page's ids.
 */
export async function listServiceOrders(req: MedusaRequest) {
  const { after, ...filters } = req.filterableFields as ServiceOrderListFilters & { after?: number }
  const { skip = 0, take = 20, order = {} } = req.queryConfig.pagination
  if (after !== undefined) {
    assertKeysetPaging(req, "display_id")
  }
  const scope = (req as ServiceRoleRequest).serviceScope
  const requested = req.queryConfig.fields
  const asListed = requested.length === LIST_FIELDS.size && requested.every((f) => LIST_FIELDS.has(f))
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const page = await service.listServiceOrderPage(
    // Technicians and consultants list only the orders assigned to them.
    { ...filters, ...(scope ? { technician_id: scope.technician_id } : {}) },
    { order: order as Record<string, string>, limit: take, offset: skip, after, cap: Math.max(LIST_COUNT_CAP, skip + take) },
    asListed ? defaultAdminServiceOrderListFields : ["id"]
  )
  const meta = { count: page.count, count_capped: page.capped, offset: skip, limit: take }
  if (asListed || !page.rows.length) {
    return { rows: page.rows, ...meta }
  }
  const ids = page.rows.map((r) => r.id as string)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "service_order", fields: requested, filters: { id: ids } })
  const byId = new Map(data.map((row) => [row.id, row]))
  // (An order deleted since the page was read is left out.)
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), ...meta }
}
