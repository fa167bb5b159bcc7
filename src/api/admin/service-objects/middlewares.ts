import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, queryRoute, resourceMiddlewares } from "../../utils/resource-middlewares"
import { listRepairHistoryQueryConfig } from "../service-orders/[id]/repair-lines/query-config"
import { AdminGetRepairLinesParams } from "../service-orders/[id]/repair-lines/validators"
import { serviceObjectQueryConfig } from "./query-config"
import {
  AdminCreateServiceObject,
  AdminGetServiceObjectEntitlementParams,
  AdminGetServiceObjectsParams,
  AdminGetServiceObjectTimelineParams,
  AdminMoveServiceObjectBomVersion,
  AdminUpdateServiceObject,
} from "./validators"

export const adminServiceObjectMiddlewares: MiddlewareRoute[] = [
  ...resourceMiddlewares("/admin/service-objects", {
    query: serviceObjectQueryConfig,
    list: AdminGetServiceObjectsParams,
    create: AdminCreateServiceObject,
    update: AdminUpdateServiceObject,
    remove: true,
  }),
  // An object's repair history: the repair lines of all its orders.
  queryRoute("/admin/service-objects/:id/repairs", AdminGetRepairLinesParams, listRepairHistoryQueryConfig),
  bodyRoute("/admin/service-objects/:id/bom-version", AdminMoveServiceObjectBomVersion),
  queryRoute("/admin/service-objects/:id/entitlement", AdminGetServiceObjectEntitlementParams),
  queryRoute("/admin/service-objects/:id/timeline", AdminGetServiceObjectTimelineParams),
]
