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

export const storeListServiceSubscriptionQueryConfig = {
  defaults: storeServiceSubscriptionFields,
  allowed: storeServiceSubscriptionFields,
  defaultLimit: 20,
  isList: true,
}
