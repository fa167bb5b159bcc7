import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defaultAdminAssignmentFields } from "./query-config"

/** The order's assignments (cancelled ones too, last), or one of them, as the API answers them. */
export async function listOrderAssignments(req: MedusaRequest, serviceOrderId: string, id?: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "service_assignment",
    fields: defaultAdminAssignmentFields,
    filters: { service_order_id: serviceOrderId, ...(id ? { id } : {}) },
    pagination: { order: { starts_at: "ASC" } },
  })
  return data
}
