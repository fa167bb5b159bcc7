import { resourceMiddlewares } from "../../utils/resource-middlewares"
import { subscriptionGroupQueryConfig } from "./query-config"
import { AdminCreateSubscriptionGroup, AdminGetSubscriptionGroupsParams, AdminUpdateSubscriptionGroup } from "./validators"

export const adminSubscriptionGroupMiddlewares = resourceMiddlewares("/admin/subscription-groups", {
  query: subscriptionGroupQueryConfig,
  list: AdminGetSubscriptionGroupsParams,
  create: AdminCreateSubscriptionGroup,
  update: AdminUpdateSubscriptionGroup,
  remove: true,
})
