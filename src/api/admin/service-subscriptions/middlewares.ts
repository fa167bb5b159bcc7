import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  listBillingRunQueryConfig,
  listFeeTransactionQueryConfig,
  listServiceSubscriptionQueryConfig,
  listSubscriptionGroupQueryConfig,
  retrieveBillingRunQueryConfig,
  retrieveServiceSubscriptionQueryConfig,
  retrieveSubscriptionGroupQueryConfig,
} from "./query-config"
import {
  AdminCreateBillingRun,
  AdminCreateServiceSubscription,
  AdminCreateSubscriptionGroup,
  AdminGetBillingRunParams,
  AdminGetBillingRunsParams,
  AdminGetFeeTransactionsParams,
  AdminGetServiceSubscriptionParams,
  AdminGetServiceSubscriptionsParams,
  AdminGetSubscriptionGroupParams,
  AdminGetSubscriptionGroupsParams,
  AdminServiceSubscriptionAction,
  AdminUpdateServiceSubscription,
  AdminUpdateSubscriptionGroup,
} from "./validators"

const SUBS = "/admin/service-subscriptions"
const GROUPS = "/admin/subscription-groups"
const RUNS = "/admin/subscription-billing-runs"
const subscription = validateAndTransformQuery(AdminGetServiceSubscriptionParams, retrieveServiceSubscriptionQueryConfig)
const group = validateAndTransformQuery(AdminGetSubscriptionGroupParams, retrieveSubscriptionGroupQueryConfig)
const run = validateAndTransformQuery(AdminGetBillingRunParams, retrieveBillingRunQueryConfig)

/** Subscriptions, their groups, fee transactions and billing runs. */
export const adminServiceSubscriptionMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: GROUPS, middlewares: [validateAndTransformQuery(AdminGetSubscriptionGroupsParams, listSubscriptionGroupQueryConfig)] },
  { method: ["POST"], matcher: GROUPS, middlewares: [validateAndTransformBody(AdminCreateSubscriptionGroup), group] },
  { method: ["GET"], matcher: `${GROUPS}/:id`, middlewares: [group] },
  { method: ["POST"], matcher: `${GROUPS}/:id`, middlewares: [validateAndTransformBody(AdminUpdateSubscriptionGroup), group] },
  { method: ["GET"], matcher: SUBS, middlewares: [validateAndTransformQuery(AdminGetServiceSubscriptionsParams, listServiceSubscriptionQueryConfig)] },
  { method: ["POST"], matcher: SUBS, middlewares: [validateAndTransformBody(AdminCreateServiceSubscription), subscription] },
  { method: ["GET"], matcher: `${SUBS}/:id`, middlewares: [subscription] },
  { method: ["POST"], matcher: `${SUBS}/:id`, middlewares: [validateAndTransformBody(AdminUpdateServiceSubscription), subscription] },
  ...["pause", "resume", "cancel"].map(
    (action): MiddlewareRoute => ({
      method: ["POST"],
      matcher: `${SUBS}/:id/${action}`,
      middlewares: [validateAndTransformBody(AdminServiceSubscriptionAction), subscription],
    })
  ),
  {
    method: ["GET"],
    matcher: "/admin/subscription-fee-transactions",
    middlewares: [validateAndTransformQuery(AdminGetFeeTransactionsParams, listFeeTransactionQueryConfig)],
  },
  { method: ["GET"], matcher: RUNS, middlewares: [validateAndTransformQuery(AdminGetBillingRunsParams, listBillingRunQueryConfig)] },
  { method: ["POST"], matcher: RUNS, middlewares: [validateAndTransformBody(AdminCreateBillingRun), run] },
  { method: ["GET"], matcher: `${RUNS}/:id`, middlewares: [run] },
]
