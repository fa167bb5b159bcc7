import { formatDate, formatMoney, humanize } from "../../lib/format"
import type { ReportPath, ReportRow } from "../../lib/hooks/reports"

type Kind = "text" | "money" | "number" | "percent" | "minutes" | "date"
export type ReportColumn = { key: string; header: string; kind: Kind }
export type ReportDefinition = {
  path: ReportPath
  title: string
  groups: string[]
  /** The figure the chart shows, per grouping. */
  chart: (groupBy: string) => ReportColumn
  columns: (groupBy: string) => ReportColumn[]
}

const col = (key: string, header: string, kind: Kind = "number"): ReportColumn => ({ key, header, kind })
const LABEL = col("label", "Group", "text")
const CURRENCY = col("currency_code", "Currency", "text")

/** A cell's text: money in the row's currency, percentages, minutes as hours. */
export function formatCell(row: ReportRow, column: ReportColumn): string {
  const v = row[column.key]
  if (v === null || v === undefined || v === "") {
    return "–"
  }
  switch (column.kind) {
    case "money":
      return formatMoney(v as number, row.currency_code)
    case "percent":
      return `${Number(v).toFixed(1)} %`
    case "minutes":
      return `${(Number(v) / 60).toFixed(1)} h`
    case "date":
      return formatDate(v as string)
    case "text":
      return column.key === "currency_code" ? String(v).toUpperCase() : String(v)
    default:
      return String(v)
  }
}

/** A row's name in the chart and table: its label, else its key, else "None". */
export const rowName = (row: ReportRow) => `${row.label ?? row.key ?? "None"}${row.currency_code ? ` · ${row.currency_code.toUpperCase()}` : ""}`

const FEES = [CURRENCY, col("transactions", "Fees"), col("billed", "Billed", "money"), col("pending", "Pending", "money"), col("credited", "Credited", "money")]
const MRR = [
  CURRENCY,
  col("mrr", "MRR", "money"),
  col("new", "New", "money"),
  col("expansion", "Expansion", "money"),
  col("contraction", "Contraction", "money"),
  col("churn", "Churn", "money"),
  col("reactivation", "Reactivation", "money"),
]
const subscriptionColumns = (groupBy: string) =>
  groupBy === "month"
    ? [col("key", "Month", "text"), ...MRR]
    : groupBy === "transaction"
      ? [LABEL, col("period_start", "Period", "date"), col("status", "Status", "text"), col("order_id", "Invoice order", "text"), ...FEES.slice(0, 1), ...FEES.slice(2)]
      : [LABEL, ...FEES]

/** The admin's tabs, one per report, in the order shown. */
export const REPORTS: ReportDefinition[] = [
  {
    path: "order-margin",
    title: "Order margin",
    groups: ["order", "customer", "agreement", "service_task", "technician", "stage", "month"],
    chart: () => col("margin", "Margin", "money"),
    columns: () => [LABEL, CURRENCY, col("orders", "Orders"), col("revenue", "Revenue", "money"), col("cost", "Cost", "money"), col("margin", "Margin", "money"), col("margin_percent", "Margin %", "percent")],
  },
  {
    path: "subscription-transactions",
    title: "Subscriptions",
    groups: ["subscription", "group", "customer", "month"],
    chart: (g) => (g === "month" ? col("mrr", "MRR", "money") : col("billed", "Billed", "money")),
    columns: subscriptionColumns,
  },
  {
    path: "subscription-fee-transactions",
    title: "Subscription fees",
    groups: ["transaction", "subscription", "group", "customer"],
    chart: () => col("billed", "Billed", "money"),
    columns: subscriptionColumns,
  },
  {
    path: "sla-compliance",
    title: "SLA compliance",
    groups: ["sla", "customer_group", "technician", "month"],
    chart: () => col("response_compliance", "Response met", "percent"),
    columns: () => [
      LABEL,
      col("orders", "Orders"),
      col("response_compliance", "Response met", "percent"),
      col("response_median_minutes", "Response median", "minutes"),
      col("response_p90_minutes", "Response p90", "minutes"),
      col("resolution_compliance", "Resolution met", "percent"),
      col("resolution_median_minutes", "Resolution median", "minutes"),
      col("resolution_p90_minutes", "Resolution p90", "minutes"),
      col("breached_now", "Breached now"),
      col("at_risk_now", "At risk now"),
    ],
  },
  {
    path: "field-kpis",
    title: "Field KPIs",
    groups: ["technician", "month", "age_bucket"],
    chart: (g) => (g === "age_bucket" ? col("open_orders", "Open orders") : col("utilisation", "Utilisation", "percent")),
    columns: (g) =>
      g === "age_bucket"
        ? [col("key", "Age", "text"), col("open_orders", "Open orders")]
        : [
            LABEL,
            col("closed_orders", "Closed"),
            col("first_time_fix_rate", "First-time fix", "percent"),
            col("mttr_minutes", "MTTR", "minutes"),
            col("available_minutes", "Available", "minutes"),
            col("assigned_minutes", "Assigned", "minutes"),
            col("utilisation", "Utilisation", "percent"),
          ],
  },
]

export const groupLabel = (group: string) => humanize(group)
