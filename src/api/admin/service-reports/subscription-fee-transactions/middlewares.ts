import { MiddlewareRoute } from "@medusajs/framework/http"
import { queryRoute } from "../../../utils/resource-middlewares"
import { AdminGetSubscriptionFeeTransactionReportParams } from "./validators"

export const adminSubscriptionFeeTransactionReportMiddlewares: MiddlewareRoute[] = [
  queryRoute("/admin/service-reports/subscription-fee-transactions", AdminGetSubscriptionFeeTransactionReportParams),
]
