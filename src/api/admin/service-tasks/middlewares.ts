import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listServiceTaskQueryConfig, retrieveServiceTaskQueryConfig } from "./query-config"
import {
  AdminCreateServiceTask,
  AdminGetServiceTaskParams,
  AdminGetServiceTasksParams,
  AdminUpdateServiceTask,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetServiceTaskParams, retrieveServiceTaskQueryConfig)

export const adminServiceTaskMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/service-tasks",
    middlewares: [validateAndTransformQuery(AdminGetServiceTasksParams, listServiceTaskQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-tasks",
    middlewares: [validateAndTransformBody(AdminCreateServiceTask), retrieve],
  },
  { method: ["GET"], matcher: "/admin/service-tasks/:id", middlewares: [retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/service-tasks/:id",
    middlewares: [validateAndTransformBody(AdminUpdateServiceTask), retrieve],
  },
]
