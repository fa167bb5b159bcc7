import {
  createSubscriptionGroupWorkflow,
  deleteSubscriptionGroupsWorkflow,
  updateSubscriptionGroupWorkflow,
} from "../../../workflows/subscriptions/subscription-groups"
import { catalogRoutes } from "../../utils/catalog-routes"

export const subscriptionGroupRoutes = catalogRoutes({
  entity: "service_subscription_group",
  single: "subscription_group",
  plural: "subscription_groups",
  label: "Subscription group",
  create: createSubscriptionGroupWorkflow,
  update: updateSubscriptionGroupWorkflow,
  remove: deleteSubscriptionGroupsWorkflow,
})
