import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listServiceObjectQueryConfig, retrieveServiceObjectQueryConfig } from "./query-config"
import {
  AdminCreateServiceObject,
  AdminGetServiceObjectParams,
  AdminGetServiceObjectsParams,
  AdminUpdateServiceObject,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetServiceObjectParams, retrieveServiceObjectQueryConfig)

export const adminServiceObjectMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/service-objects",
    middlewares: [validateAndTransformQuery(AdminGetServiceObjectsParams, listServiceObjectQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-objects",
    middlewares: [validateAndTransformBody(AdminCreateServiceObject), retrieve],
  },
  { method: ["GET"], matcher: "/admin/service-objects/:id", middlewares: [retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/service-objects/:id",
    middlewares: [validateAndTransformBody(AdminUpdateServiceObject), retrieve],
  },
]
