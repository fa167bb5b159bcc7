export const defaultSubscriptionGroupFields = ["id", "code", "name", "description", "metadata", "created_at", "updated_at"]

export const defaultServiceSubscriptionListFields = [
  "id",
  "display_id",
  "number",
  "customer_id",
  "description",
  "agreement_id",
  "product_variant_id",
  "amount",
  "currency_code",
  "frequency",
  "rrule",
  "billing_timing",
  "start_date",
  "end_date",
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

export const defaultFeeTransactionFields = [
  "id",
  "subscription_id",
  "customer_id",
  "currency_code",
  "period_start",
  "period_end",
  "due_at",
  "period_days",
  "billable_days",
  "full_amount",
  "amount",
  "status",
  "credit_amount",
  "order_id",
  "billing_run_id",
  "invoiced_at",
  "created_at",
  "subscription.id",
  "subscription.number",
  "subscription.description",
  "order.id",
  "order.display_id",
  "order.status",
]

export const defaultBillingRunFields = [
  "id",
  "as_of",
  "status",
  "triggered_by",
  "started_at",
  "finished_at",
  "duration_ms",
  "transactions_created",
  "transactions_invoiced",
  "orders_created",
  "groups_total",
  "groups_done",
  "amounts",
  "errors",
  "recovered",
]

const list = (defaults: string[], defaultLimit = 20) => ({ defaults, defaultLimit, isList: true })
const retrieve = (defaults: string[]) => ({ defaults, isList: false })

export const listSubscriptionGroupQueryConfig = list(defaultSubscriptionGroupFields, 50)
export const retrieveSubscriptionGroupQueryConfig = retrieve(defaultSubscriptionGroupFields)
export const listServiceSubscriptionQueryConfig = list(defaultServiceSubscriptionListFields)
export const retrieveServiceSubscriptionQueryConfig = retrieve(defaultServiceSubscriptionFields)
export const listFeeTransactionQueryConfig = list(defaultFeeTransactionFields, 50)
export const listBillingRunQueryConfig = list(defaultBillingRunFields)
export const retrieveBillingRunQueryConfig = retrieve(defaultBillingRunFields)
