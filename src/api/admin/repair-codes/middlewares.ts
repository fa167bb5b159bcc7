import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listRepairCodeQueryConfig, retrieveRepairCodeQueryConfig } from "./query-config"
import {
  AdminCreateRepairCode,
  AdminGetRepairCodeParams,
  AdminGetRepairCodesParams,
  AdminUpdateRepairCode,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetRepairCodeParams, retrieveRepairCodeQueryConfig)

export const adminRepairCodeMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/repair-codes",
    middlewares: [validateAndTransformQuery(AdminGetRepairCodesParams, listRepairCodeQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/repair-codes", middlewares: [validateAndTransformBody(AdminCreateRepairCode), retrieve] },
  { method: ["GET"], matcher: "/admin/repair-codes/:id", middlewares: [retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/repair-codes/:id",
    middlewares: [validateAndTransformBody(AdminUpdateRepairCode), retrieve],
  },
]
