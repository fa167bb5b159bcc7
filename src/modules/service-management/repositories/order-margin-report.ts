import { OrderMarginGroup, ReportDateField } from "../../../types/enums"
import { ReportRepository, ReportSql, Where } from "./common/report"


export type OrderMarginFilters = {
  group_by: OrderMarginGroup
  /** Which date the range applies to: when the order was created, or posted (unposted orders then drop out). */
  date_field: ReportDateField
  from?: Date
  to?: Date
  service_order_id?: string[]
  customer_id?: string[]
  agreement_id?: string[]
  stage_id?: string[]
  channel?: string[]
  currency_code?: string[]
  service_task_id?: string[]
  technician_id?: string[]
}

// Per group: the key (drill-down filter value), a label and the columns the CSV shows.
const GROUPS: Record<OrderMarginGroup, { key: string; label: string; order: string }> = {
  order: { key: "service_order_id", label: "max(number || coalesce(' ' || title, ''))", order: "date DESC, key" },
  line: { key: "line_id", label: "max(description)", order: "date DESC, service_order_id, key" },
  customer: { key: "customer_id", label: "customer_id", order: "key NULLS FIRST, currency_code" },
  agreement: { key: "agreement_id", label: "max(agreement_number)", order: "label NULLS FIRST, key NULLS FIRST, currency_code" },
  service_task: { key: "service_task_id", label: "max(task_name)", order: "label NULLS FIRST, key NULLS FIRST, currency_code" },
  technician: { key: "technician_id", label: "max(technician_name)", order: "label NULLS FIRST, key NULLS FIRST, currency_code" },
  stage: { key: "stage_id", label: "max(stage_name)", order: "label, key, currency_code" },
  month: { key: "month", label: "month", order: "key, currency_code" },
}

// What a row of an order or a line also shows (name → aggregate), beside its measures.
const EXTRA_COLUMNS: Partial<Record<OrderMarginGroup, Record<string, string>>> = {
  order: { number: "max(number)", customer_id: "max(customer_id)", stage_name: "max(stage_name)", date: "max(date)" },
  line: {
    service_order_id: "max(service_order_id)",
    number: "max(number)",
    line_type: "max(line_type)",
    quantity: "max(quantity)",
    unit_price: "max(unit_price)",
    unit_cost: "max(unit_cost)",
    billable: "bool_and(billable)",
    date: "max(date)",
  },
}

/**
 * Revenue, cost and margin of service orders from their lines: revenue counts billable lines at
 * their price, cost every line at its cost (as `utils/totals.ts`), grouped by order, line,
 * customer, agreement, task, technician, stage or month — always per currency.
 */
export class OrderMarginReportRepository extends ReportRepository<OrderMarginFilters> {
  protected readonly numberColumns = ["orders", "lines", "quantity", "revenue", "cost", "margin", "margin_percent", "unit_price", "unit_cost"]

  build(f: OrderMarginFilters): ReportSql {
    const dateColumn = f.date_field === "posted" ? "so.posted_at" : "so.created_at"
    const orders = new Where("so.deleted_at IS NULL")
      .add(f.date_field === "posted" || undefined, "so.posted_at IS NOT NULL")
      .add(f.from, `${dateColumn} >= ?`, f.from)
      .add(f.to, `${dateColumn} < ?`, f.to)
      .in("so.id", f.service_order_id)
      .in("so.customer_id", f.customer_id)
      .in("so.agreement_id", f.agreement_id)
      .in("so.stage_id", f.stage_id)
      .in("so.channel::text", f.channel)
      .in("so.currency_code", f.currency_code)
    // A line filter (or a line-level group) keeps only the matching lines; orders without lines
    // still show (with zero amounts) when grouped by order-level keys.
    const lineFilter = new Where().in("l.service_task_id", f.service_task_id).in("l.technician_id", f.technician_id)
    const linesOnly = lineFilter.parts.length > 0 || ["line", "service_task", "technician"].includes(f.group_by)
    const base = `
      SELECT so.id AS service_order_id, so.number, so.title, so.customer_id, so.agreement_id, so.stage_id,
             so.currency_code, ${dateColumn} AS date, to_char(${dateColumn} AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
             a.number AS agreement_number, st.name AS stage_name,
             l.id AS line_id, l.description, l.type AS line_type, l.service_task_id, t.name AS task_name, l.technician_id,
             trim(te.first_name || ' ' || coalesce(te.last_name, '')) AS technician_name,
             l.quantity, l.unit_price, l.unit_cost, l.billable,
             CASE WHEN l.billable THEN l.quantity * l.unit_price ELSE 0 END AS revenue,
             coalesce(l.quantity * l.unit_cost, 0) AS cost
      FROM service_order so
      JOIN service_stage st ON st.id = so.stage_id
      LEFT JOIN service_agreement a ON a.id = so.agreement_id
      ${linesOnly ? "JOIN" : "LEFT JOIN"} service_order_line l ON l.service_order_id = so.id AND l.deleted_at IS NULL
        ${lineFilter.parts.length ? `AND ${lineFilter}` : ""}
      LEFT JOIN service_task t ON t.id = l.service_task_id
      LEFT JOIN service_technician te ON te.id = l.technician_id
      WHERE ${orders}`
    const params = [...lineFilter.params, ...orders.params]
    const g = GROUPS[f.group_by]
    const measures = `count(DISTINCT service_order_id)::int AS orders, count(line_id)::int AS lines,
      coalesce(sum(revenue), 0) AS revenue, coalesce(sum(cost), 0) AS cost, coalesce(sum(revenue) - sum(cost), 0) AS margin,
      CASE WHEN sum(revenue) > 0 THEN round((sum(revenue) - sum(cost)) / sum(revenue) * 100, 2) END AS margin_percent`
    const extra = Object.entries(EXTRA_COLUMNS[f.group_by] ?? {})
      .map(([name, expression]) => `, ${expression} AS ${name}`)
      .join("")
    const rows = `SELECT ${g.key} AS key, ${g.label} AS label, currency_code, ${measures}${extra}
             FROM (${base}) b GROUP BY ${g.key}, currency_code`
    // When each order is in one group of its currency, the totals are the groups' sums (one pass).
    const sums = `SELECT currency_code, sum(orders)::int AS orders, sum(lines)::int AS lines, sum(revenue) AS revenue,
                    sum(cost) AS cost, sum(margin) AS margin,
                    CASE WHEN sum(revenue) > 0 THEN round((sum(revenue) - sum(cost)) / sum(revenue) * 100, 2) END AS margin_percent
                  FROM r GROUP BY currency_code`
    if (!linesOnly) {
      return { rows, params, order: g.order, totals: { fromRows: `${sums} ORDER BY currency_code` } }
    }
    // Grouped by line, task or technician (or with a line filter) an order spans groups: one pass
    // yields the groups and, per currency, the total (grouping set (currency_code)), whose distinct
    // orders are the orders with a matching line — no second read of the orders.
    const columns = ["orders", "lines", "revenue", "cost", "margin", "margin_percent", ...Object.keys(EXTRA_COLUMNS[f.group_by] ?? {})]
    return {
      shared: `SELECT GROUPING(${g.key}) = 1 AS total, ${g.key} AS key, ${g.label} AS label, currency_code, ${measures}${extra}
               FROM (${base}) b GROUP BY GROUPING SETS ((currency_code, ${g.key}), (currency_code))`,
      rows: `SELECT key, label, currency_code, ${columns.join(", ")} FROM g WHERE NOT total`,
      params,
      order: g.order,
      totals: { fromRows: `SELECT currency_code, orders, lines, revenue, cost, margin, margin_percent FROM g WHERE total ORDER BY currency_code` },
    }
  }
}
