import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, queryRoute, retrieveQuery } from "../../../../utils/resource-middlewares"
import { repairLineQueryConfig } from "./query-config"
import { AdminCreateRepairLine, AdminGetRepairLinesParams, AdminUpdateRepairLine } from "./validators"

const retrieve = retrieveQuery(repairLineQueryConfig.retrieve)
const LINES = "/admin/service-orders/:id/repair-lines"

/** The repair lines of a service order. */
export const adminRepairLineMiddlewares: MiddlewareRoute[] = [
  queryRoute(LINES, AdminGetRepairLinesParams, repairLineQueryConfig.list),
  bodyRoute(LINES, AdminCreateRepairLine, retrieve),
  { method: ["GET"], matcher: `${LINES}/:rid`, middlewares: [retrieve] },
  bodyRoute(`${LINES}/:rid`, AdminUpdateRepairLine, retrieve),
]
