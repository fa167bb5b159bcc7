import { resourceMiddlewares } from "../../utils/resource-middlewares"
import { billingRunQueryConfig } from "./query-config"
import { AdminCreateBillingRun, AdminGetBillingRunsParams } from "./validators"

export const adminBillingRunMiddlewares = resourceMiddlewares("/admin/subscription-billing-runs", {
  query: billingRunQueryConfig,
  list: AdminGetBillingRunsParams,
  create: AdminCreateBillingRun,
})
