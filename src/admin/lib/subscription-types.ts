import type { Amount, CustomerRef } from "./types"

export const SUBSCRIPTION_STATUSES = ["active", "paused", "cancelled"] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]
export type BillingFrequency = "monthly" | "quarterly" | "yearly" | "rrule"
export type BillingTiming = "advance" | "arrears"
export type FeeStatus = "pending" | "invoicing" | "invoiced" | "credited"
export type BillingRunStatus = "running" | "completed" | "completed_with_errors" | "interrupted"

export type SubscriptionGroup = { id: string; code: string; name: string; description?: string | null }

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
  status: FeeStatus
  credit_amount?: Amount
  order_id?: string | null
  billing_run_id?: string | null
  invoiced_at?: string | null
  order?: { id: string; display_id?: number; status?: string } | null
  subscription?: { id: string; number: string; description: string } | null
}

export type UpcomingPeriod = { period_start: string; period_end: string; due_at: string; billable_days: number; period_days: number; amount: number }

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
  status: SubscriptionStatus
  pauses?: { from: string; to?: string | null }[] | null
  cancel_from?: string | null
  next_period_start?: string | null
  next_due_at?: string | null
  group_id?: string | null
  group?: SubscriptionGroup | null
  created_at: string
  fee_transactions?: FeeTransaction[]
  upcoming_periods?: UpcomingPeriod[]
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
