import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../modules/service-management"
import ServiceManagementModuleService from "../../modules/service-management/service"
import { coreRouteAllowlist, isPluginAdminPath } from "../core-routes"
import { routeEntriesAllow } from "../../modules/service-management/utils/route-match"
import { requestPath, resolveServiceRole, roleLabel } from "./service-roles"

/**
 * Medusa's own admin routes for users whose service role is dispatcher, technician or consultant:
 * only the role's allowlist answers, the rest is refused with 403 before Medusa's handler runs.
 * Plugin routes are left to the permission table's guard; API keys are no service users.
 */
export async function coreRouteGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const method = req.method === "HEAD" ? "GET" : req.method
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  const path = requestPath(req)
  if (method === "OPTIONS" || auth?.actor_type !== "user" || !auth.actor_id || isPluginAdminPath(path)) {
    return next()
  }
  const options = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).getOptions().roles.core_routes
  if (!options.restrict) {
    return next()
  }
  const { role } = await resolveServiceRole(req)
  const allowlist = coreRouteAllowlist(options, role)
  if (!allowlist || routeEntriesAllow(allowlist, method, path)) {
    return next()
  }
  throw new MedusaError(
    MedusaError.Types.FORBIDDEN,
    `The service role ${roleLabel(role)} may not use Medusa's admin route ${method} ${path}`
  )
}

/**
 * Mounted on all of /admin as a global middleware: Medusa authenticates /admin before any plugin
 * middleware, and global middlewares run before every route's own middlewares and handler.
 */
export const coreRouteGuardMiddlewares: MiddlewareRoute[] = [{ matcher: "/admin", middlewares: [coreRouteGuard] }]
