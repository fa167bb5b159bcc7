import { MiddlewareRoute } from "@medusajs/framework/http"
import { queryRoute } from "../../utils/resource-middlewares"
import { AdminGetRepairStatisticsParams } from "./validators"

export const adminRepairStatisticsMiddlewares: MiddlewareRoute[] = [
  queryRoute("/admin/repair-statistics", AdminGetRepairStatisticsParams),
]
