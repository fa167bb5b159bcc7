import { MiddlewareRoute } from "@medusajs/framework/http"
import { queryRoute } from "../../utils/resource-middlewares"
import { feeTransactionQueryConfig } from "./query-config"
import { AdminGetFeeTransactionsParams } from "./validators"

// A ledger: listed only, written by billing.
export const adminFeeTransactionMiddlewares: MiddlewareRoute[] = [
  queryRoute("/admin/subscription-fee-transactions", AdminGetFeeTransactionsParams, feeTransactionQueryConfig.list),
]
