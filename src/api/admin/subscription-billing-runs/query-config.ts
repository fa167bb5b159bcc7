import { queryConfigs } from "../../utils/query-config"

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

export const billingRunQueryConfig = queryConfigs(defaultBillingRunFields, { defaultLimit: 20 })
