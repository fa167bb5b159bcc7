// Answers of GET /admin/service-reports/<report> (JSON). Amounts are decimals in the row's
// currency; no total ever adds amounts of different currencies.
import { FieldKpiGroup, OrderMarginGroup, SlaComplianceGroup, SubscriptionReportGroup } from "../enums"

/** One page of a report: its rows, totals (per currency where amounts are), and paging. */
export type ReportResponse<Row, Total, Group extends string> = {
  rows: Row[]
  totals: Total[]
  count: number
  offset: number
  limit: number
  group_by: Group
}

/** A row names its group: `key` is the value to filter on to drill down (an id, a month `YYYY-MM`, a bucket). */
type Keyed = { key: string | null; label: string | null }

export type MarginFigures = {
  currency_code: string
  orders: number
  lines: number
  revenue: number
  cost: number
  margin: number
  /** Margin ÷ revenue × 100; null without revenue. */
  margin_percent: number | null
}
export type OrderMarginRow = Keyed &
  MarginFigures & {
    // group_by=order
    number?: string
    customer_id?: string
    stage_name?: string
    date?: string
    // group_by=line
    service_order_id?: string
    line_type?: string
    quantity?: number
    unit_price?: number
    unit_cost?: number
    billable?: boolean
  }
export type OrderMarginReport = ReportResponse<OrderMarginRow, MarginFigures, OrderMarginGroup>

export type FeeFigures = {
  currency_code: string
  transactions: number
  billed: number
  pending: number
  credited: number
  /** Billed − credited. */
  net_billed: number
}
export type SubscriptionFeeRow = Keyed &
  FeeFigures & {
    // group_by=transaction
    subscription_id?: string
    customer_id?: string
    group_id?: string | null
    period_start?: string
    period_end?: string
    status?: string
    /** The Medusa order the fee was invoiced on. */
    order_id?: string | null
    invoiced_at?: string | null
  }
/** group_by=month: recurring revenue at the month's end and how it moved since the month before. */
export type MrrRow = Keyed & {
  currency_code: string
  customers: number
  mrr: number
  new: number
  expansion: number
  contraction: number
  churn: number
  reactivation: number
}
export type SubscriptionReport = ReportResponse<SubscriptionFeeRow | MrrRow, FeeFigures, SubscriptionReportGroup>

type SlaMetricFigures<M extends string> = {
  [K in `${M}_measured` | `${M}_met`]: number
} & {
  [K in `${M}_compliance` | `${M}_avg_minutes` | `${M}_median_minutes` | `${M}_p90_minutes`]: number | null
}
export type SlaComplianceFigures = SlaMetricFigures<"response"> &
  SlaMetricFigures<"resolution"> & {
    orders: number
    breached_now: number
    at_risk_now: number
  }
export type SlaComplianceRow = Keyed & SlaComplianceFigures
export type SlaComplianceReport = ReportResponse<SlaComplianceRow, SlaComplianceFigures, SlaComplianceGroup>

export type FieldKpiRow = Keyed & {
  closed_orders?: number
  first_time_fix_orders?: number
  first_time_fixed?: number
  first_time_fix_rate?: number | null
  mttr_minutes?: number | null
  working_minutes?: number
  absent_minutes?: number
  available_minutes?: number
  assigned_minutes?: number
  utilisation?: number | null
  /** group_by=technician: open orders assigned to them; group_by=age_bucket: open orders of that age. */
  open_orders?: number
  /** group_by=age_bucket: the bucket's place, youngest first. */
  position?: number
}
export type FieldKpiReport = ReportResponse<FieldKpiRow, never, FieldKpiGroup>
