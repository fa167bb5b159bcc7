import { MiddlewareRoute } from "@medusajs/framework/http"
import { SUBSCRIPTION_ACTIONS } from "../../../types/enums"
import { bodyRoute, resourceMiddlewares, retrieveQuery } from "../../utils/resource-middlewares"
import { subscriptionCursorQuery, withSubscriptionCursor } from "../../utils/subscription-cursor"
import { serviceSubscriptionQueryConfig } from "./query-config"
import {
  AdminCreateServiceSubscription,
  AdminGetServiceSubscriptionsParams,
  AdminServiceSubscriptionAction,
  AdminUpdateServiceSubscription,
} from "./validators"

const BASE = "/admin/service-subscriptions"
const subscription = retrieveQuery(serviceSubscriptionQueryConfig.retrieve)

export const adminServiceSubscriptionMiddlewares: MiddlewareRoute[] = [
  ...resourceMiddlewares(BASE, {
    query: serviceSubscriptionQueryConfig,
    list: AdminGetServiceSubscriptionsParams,
    create: AdminCreateServiceSubscription,
    update: AdminUpdateServiceSubscription,
  }).map(withSubscriptionCursor),
  ...SUBSCRIPTION_ACTIONS.map((action) => bodyRoute(`${BASE}/:id/${action}`, AdminServiceSubscriptionAction, subscription, subscriptionCursorQuery)),
]
