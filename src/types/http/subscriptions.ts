// Service subscriptions, their fee transactions and the billing runs that invoice them.
import type {
  BillingFrequency,
  BillingRunStatus,
  BillingTiming,
  FeeTransactionStatus,
  ServiceSubscriptionStatus,
} from "../enums"
import type { ServiceSubscriptionAllowedActions } from "./allowed-actions"
import type { Amount, CustomerRef } from "./common"

/** The fields a subscription's billing periods and their amounts are computed from. */
export const SUBSCRIPTION_SCHEDULE_FIELDS = [
  "amount",
  "currency_code",
  "frequency",
  "rrule",
  "billing_timing",
  "start_date",
  "end_date",
] as const

export type SubscriptionGroup = { id: string; code: string; name: string; description?: string | null }

/** One billed period of a subscription, and the order that invoiced it. */
export type FeeTransaction = {
  id: string
  subscription_id: string
  customer_id: string
  currency_code: string
  period_start: string
  period_end: string
  due_at: string
  period_days: number
  billable_days: number
  full_amount: Amount
  amount: Amount
  status: FeeTransactionStatus
  credit_amount?: Amount
  order_id?: string | null
  billing_run_id?: string | null
  invoiced_at?: string | null
  order?: { id: string; display_id?: number; status?: string } | null
  subscription?: { id: string; number: string; description: string } | null
}

/** A period the next billing runs will charge, worked out from the subscription's cursor. */
export type UpcomingPeriod = {
  period_start: string
  period_end: string
  due_at: string
  billable_days: number
  period_days: number
  amount: number
}

export type ServiceSubscription = {
  id: string
  number: string
  customer_id: string
  customer?: CustomerRef | null
  description: string
  agreement_id?: string | null
  product_variant_id?: string | null
  amount: Amount
  currency_code: string
  frequency: BillingFrequency
  rrule?: string | null
  billing_timing: BillingTiming
  start_date: string
  end_date?: string | null
  status: ServiceSubscriptionStatus
  pauses?: { from: string; to?: string | null }[] | null
  cancel_from?: string | null
  next_period_start?: string | null
  next_due_at?: string | null
  group_id?: string | null
  group?: SubscriptionGroup | null
  created_at: string
  fee_transactions?: FeeTransaction[]
  upcoming_periods?: UpcomingPeriod[]
  /** On the detail answer. */
  allowed_actions?: ServiceSubscriptionAllowedActions
}

export type BillingRun = {
  id: string
  as_of: string
  status: BillingRunStatus
  triggered_by?: string | null
  started_at: string
  finished_at?: string | null
  duration_ms?: number | null
  transactions_created: number
  transactions_invoiced: number
  orders_created: number
  groups_total: number
  groups_done: number
  amounts?: Record<string, number> | null
  errors?: { customer_id: string; currency_code: string; message: string }[] | null
  recovered?: { interrupted_run_ids: string[]; transactions_invoiced: number; transactions_released: number } | null
}
