import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, resourceMiddlewares, retrieveQuery } from "../../utils/resource-middlewares"
import { serviceReturnQueryConfig } from "./query-config"
import { AdminCreateServiceReturn, AdminGetServiceReturnsParams, AdminServiceReturnAction } from "./validators"

const BASE = "/admin/service-returns"
// The actions with a route of their own (a repair starts from its service order).
const ACTIONS = ["approve", "reject", "receive", "resolve"] as const
const retrieve = retrieveQuery(serviceReturnQueryConfig.retrieve)

export const adminServiceReturnMiddlewares: MiddlewareRoute[] = [
  ...resourceMiddlewares(BASE, { query: serviceReturnQueryConfig, list: AdminGetServiceReturnsParams, create: AdminCreateServiceReturn }),
  ...ACTIONS.map((action) => bodyRoute(`${BASE}/:id/${action}`, AdminServiceReturnAction, retrieve)),
]
