import { queryConfigs } from "../../utils/query-config"

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

export const feeTransactionQueryConfig = queryConfigs(defaultFeeTransactionFields, { defaultLimit: 50 })
