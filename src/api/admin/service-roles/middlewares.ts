import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, queryRoute } from "../../utils/resource-middlewares"
import { AdminGetServiceRolesParams, AdminSetServiceRole } from "./validators"

export const adminServiceRoleMiddlewares: MiddlewareRoute[] = [
  // Admin users with their roles: the route reads the users itself, paged by the list's limit.
  queryRoute("/admin/service-roles", AdminGetServiceRolesParams, { defaults: ["id"], isList: true, defaultLimit: 50 }),
  bodyRoute("/admin/service-roles/:user_id", AdminSetServiceRole),
]
