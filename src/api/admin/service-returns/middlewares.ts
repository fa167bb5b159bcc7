import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listServiceReturnQueryConfig, retrieveServiceReturnQueryConfig } from "./query-config"
import { AdminCreateServiceReturn, AdminGetServiceReturnParams, AdminGetServiceReturnsParams, AdminServiceReturnAction } from "./validators"

const retrieve = validateAndTransformQuery(AdminGetServiceReturnParams, retrieveServiceReturnQueryConfig)
const BASE = "/admin/service-returns"

export const adminServiceReturnMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateAndTransformQuery(AdminGetServiceReturnsParams, listServiceReturnQueryConfig)] },
  { method: ["POST"], matcher: BASE, middlewares: [validateAndTransformBody(AdminCreateServiceReturn), retrieve] },
  { method: ["GET"], matcher: `${BASE}/:id`, middlewares: [retrieve] },
  ...["approve", "reject", "receive", "resolve"].map(
    (action): MiddlewareRoute => ({
      method: ["POST"],
      matcher: `${BASE}/:id/${action}`,
      middlewares: [validateAndTransformBody(AdminServiceReturnAction), retrieve],
    })
  ),
]
