import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../modules/service-management"
import ServiceManagementModuleService from "../../modules/service-management/service"
import {
  EffectiveServiceRole,
  findRoutePermission,
  GUARDED_ADMIN_PREFIXES,
  ROLE_PERMISSIONS,
  SCOPED_ROLES,
  SERVICE_PERMISSIONS,
} from "../permissions"
import { assertServiceOrderInScope, fieldsOutsideScope } from "./service-order-scope"

export type ServiceRoleContext = {
  user_id: string
  role: EffectiveServiceRole
  /** false when the role comes from the plugin option `roles.default`. */
  is_assigned: boolean
  technician_id: string | null
}

/** A request the role guard has seen: the caller's role, and for technicians/consultants their scope. */
export type ServiceRoleRequest = MedusaRequest & {
  serviceRole?: ServiceRoleContext
  serviceScope?: { technician_id: string | null }
}

/** The caller's effective service role, resolved with one query and kept on the request. */
export async function resolveServiceRole(req: MedusaRequest): Promise<ServiceRoleContext> {
  const r = req as ServiceRoleRequest
  if (r.serviceRole) {
    return r.serviceRole
  }
  const userId = (req as Partial<AuthenticatedMedusaRequest>).auth_context?.actor_id as string
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const stored = await service.resolveUserServiceRole(userId)
  const role = stored.role ?? service.getOptions().roles.default
  r.serviceRole = { user_id: userId, role, is_assigned: !!stored.role, technician_id: stored.technician_id }
  if (SCOPED_ROLES.includes(role)) {
    r.serviceScope = { technician_id: stored.technician_id }
  }
  return r.serviceRole
}

const ROLE_LABELS: Record<EffectiveServiceRole, string> = {
  service_manager: "service manager",
  dispatcher: "dispatcher",
  technician: "technician",
  consultant: "consultant",
  none: "none",
}

/** How the role is named in refusals ("service manager", "technician"). */
export const roleLabel = (role: EffectiveServiceRole) => ROLE_LABELS[role]

/** The request's path without query string and trailing slashes (Express ignores those too). */
export const requestPath = (req: MedusaRequest) => (req.originalUrl ?? req.url).split("?")[0].replace(/\/+$/, "")

const SERVICE_ORDER_PATH = /^\/admin\/service-orders\/([^/]+)(\/|$)/

/**
 * Checks every plugin admin request against the permission table: 403 naming the role and what
 * it may not do; for technicians and consultants, 404 for a service order not assigned to them.
 */
export async function serviceRoleGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const method = req.method === "HEAD" ? "GET" : req.method
  if (method === "OPTIONS") {
    return next()
  }
  const path = requestPath(req)
  const entry = findRoutePermission(method, path)
  if (entry?.permission === null) {
    return next()
  }
  const ctx = await resolveServiceRole(req)
  const label = roleLabel(ctx.role)
  if (ctx.role === "none") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Your admin user has no service role and the plugin option roles.default is \"none\": ask a service manager to assign you one"
    )
  }
  if (!entry) {
    // Fail closed for a route the table does not know (the exhaustiveness test should prevent it).
    if (ctx.role === "service_manager") {
      return next()
    }
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `The service role ${label} may not call ${method} ${path}`)
  }
  if (!ROLE_PERMISSIONS[ctx.role].includes(entry.permission!)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `The service role ${label} may not ${SERVICE_PERMISSIONS[entry.permission!]} (${entry.permission})`
    )
  }
  const order = SERVICE_ORDER_PATH.exec(path)
  const refused = fieldsOutsideScope(req, path.startsWith("/admin/service-orders"))
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The service role ${label} may not request fields that reach other service orders: ${refused.join(", ")}`
    )
  }
  if (order) {
    await assertServiceOrderInScope(req, decodeURIComponent(order[1]))
  }
  next()
}

/** The guard, mounted on every first path segment the permission table names. */
export const serviceRoleGuardMiddlewares: MiddlewareRoute[] = GUARDED_ADMIN_PREFIXES.map((matcher) => ({
  matcher,
  middlewares: [serviceRoleGuard],
}))
