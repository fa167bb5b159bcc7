import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SERVICE_MANAGEMENT_MODULE } from "../../../../modules/service-management"
import ServiceManagementModuleService from "../../../../modules/service-management/service"
import { coreRouteAllowlist } from "../../../core-routes"
import { ROLE_PERMISSIONS } from "../../../permissions"
import { resolveServiceRole } from "../../../utils/service-roles"

/**
 * The caller's own service role and permissions (what the admin shows or hides), and the Medusa
 * admin routes open to them (`core_routes.allow`, when `restricted`). Any admin user may ask.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ctx = await resolveServiceRole(req)
  const options = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).getOptions()
  const allow = coreRouteAllowlist(options.roles.core_routes, ctx.role)
  res.json({
    user_id: ctx.user_id,
    role: ctx.role,
    is_assigned: ctx.is_assigned,
    permissions: ROLE_PERMISSIONS[ctx.role],
    technician_id: ctx.technician_id,
    core_routes: { restricted: !!allow, allow: allow ?? [] },
  })
}
