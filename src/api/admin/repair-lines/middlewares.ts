import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listRepairHistoryQueryConfig, listRepairLineQueryConfig, retrieveRepairLineQueryConfig } from "./query-config"
import {
  AdminCreateRepairLine,
  AdminGetRepairLineParams,
  AdminGetRepairLinesParams,
  AdminGetRepairStatisticsParams,
  AdminMoveServiceObjectBomVersion,
  AdminUpdateRepairLine,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetRepairLineParams, retrieveRepairLineQueryConfig)
const LINES = "/admin/service-orders/:id/repair-lines"

/** Repair lines of service orders, repair history and BOM version of objects, repair statistics. */
export const adminRepairMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: LINES, middlewares: [validateAndTransformQuery(AdminGetRepairLinesParams, listRepairLineQueryConfig)] },
  { method: ["POST"], matcher: LINES, middlewares: [validateAndTransformBody(AdminCreateRepairLine), retrieve] },
  { method: ["GET"], matcher: `${LINES}/:rid`, middlewares: [retrieve] },
  { method: ["POST"], matcher: `${LINES}/:rid`, middlewares: [validateAndTransformBody(AdminUpdateRepairLine), retrieve] },
  {
    method: ["GET"],
    matcher: "/admin/service-objects/:id/repairs",
    middlewares: [validateAndTransformQuery(AdminGetRepairLinesParams, listRepairHistoryQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-objects/:id/bom-version",
    middlewares: [validateAndTransformBody(AdminMoveServiceObjectBomVersion)],
  },
  {
    method: ["GET"],
    matcher: "/admin/repair-statistics",
    middlewares: [validateAndTransformQuery(AdminGetRepairStatisticsParams, { defaults: [], isList: false })],
  },
]
