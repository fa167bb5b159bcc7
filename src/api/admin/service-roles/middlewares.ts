import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetServiceRolesParams, AdminSetServiceRole } from "./validators"

export const adminServiceRoleMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/service-roles",
    middlewares: [validateAndTransformQuery(AdminGetServiceRolesParams, { defaults: ["id"], isList: true, defaultLimit: 50 })],
  },
  { method: ["POST"], matcher: "/admin/service-roles/:user_id", middlewares: [validateAndTransformBody(AdminSetServiceRole)] },
]
