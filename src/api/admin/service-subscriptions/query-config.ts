import { queryConfigs } from "../../utils/query-config"
import { SUBSCRIPTION_SCHEDULE_FIELDS } from "../../../types"

export const defaultServiceSubscriptionListFields = [
  "id",
  "display_id",
  "number",
  "customer_id",
  "description",
  "agreement_id",
  "product_variant_id",
  ...SUBSCRIPTION_SCHEDULE_FIELDS,
  "status",
  "pauses",
  "cancel_from",
  "cancelled_at",
  "next_period_start",
  "next_due_at",
  "group_id",
  "created_at",
  "updated_at",
  "group.id",
  "group.code",
  "group.name",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.company_name",
]

export const defaultServiceSubscriptionFields = [...defaultServiceSubscriptionListFields, "metadata", "created_by"]

export const serviceSubscriptionQueryConfig = queryConfigs(defaultServiceSubscriptionFields, {
  defaultLimit: 20,
  listFields: defaultServiceSubscriptionListFields,
})
