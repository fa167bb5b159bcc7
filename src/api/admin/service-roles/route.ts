import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { listAdminUsers, withServiceRoles } from "./helpers"
import { AdminGetServiceRolesParams } from "./validators"

/** Admin users with their effective service role and technician link. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetServiceRolesParams>, res: MedusaResponse) => {
  const { q, limit, offset } = req.validatedQuery as AdminGetServiceRolesParams
  const { users, count } = await listAdminUsers(req, q, limit!, offset!)
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  res.json({
    service_roles: await withServiceRoles(req, users),
    default_role: service.getOptions().roles.default,
    count,
    offset,
    limit,
  })
}
