import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { listEntities } from "../../utils/respond"
import { StoreGetServiceObjectsParams } from "./validators"

/**
 * The customer's service objects, each with `allowances`: what the lines of the customer's active
 * agreements that cover it (naming it, or any object) have left this period — one read for the page.
 */
export const GET = async (req: AuthenticatedMedusaRequest<StoreGetServiceObjectsParams>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { rows, ...page } = await listEntities(req, "service_object", { ...req.filterableFields, customer_id: customerId })
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const balances = await service.listAllowanceBalances({ customer_id: customerId })
  const serviceObjects = rows.map((object: { id: string }) => ({
    ...object,
    allowances: balances.filter((b) => !b.service_object_id || b.service_object_id === object.id),
  }))
  res.json({ service_objects: serviceObjects, ...page })
}
