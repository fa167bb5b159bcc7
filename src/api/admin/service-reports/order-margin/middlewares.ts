import { MiddlewareRoute } from "@medusajs/framework/http"
import { queryRoute } from "../../../utils/resource-middlewares"
import { AdminGetOrderMarginReportParams } from "./validators"

export const adminOrderMarginReportMiddlewares: MiddlewareRoute[] = [
  queryRoute("/admin/service-reports/order-margin", AdminGetOrderMarginReportParams),
]
