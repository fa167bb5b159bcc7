import { queryConfigs } from "../../utils/query-config"

/** What a customer sees of their subscriptions: terms and dates, never internal notes or metadata. */
export const storeServiceSubscriptionFields = [
  "id",
  "number",
  "description",
  "amount",
  "currency_code",
  "frequency",
  "billing_timing",
  "start_date",
  "end_date",
  "status",
  "cancel_from",
  "next_due_at",
  "created_at",
]

// Full paths only: a bare relation name would let `*relation` pull every field of it.
export const storeListServiceSubscriptionQueryConfig = queryConfigs(storeServiceSubscriptionFields, { defaultLimit: 20, allowed: storeServiceSubscriptionFields }).list
