import { MiddlewareRoute } from "@medusajs/framework/http"
import { queryRoute } from "../../../utils/resource-middlewares"
import { AdminGetSubscriptionTransactionReportParams } from "./validators"

export const adminSubscriptionTransactionReportMiddlewares: MiddlewareRoute[] = [
  queryRoute("/admin/service-reports/subscription-transactions", AdminGetSubscriptionTransactionReportParams),
]
