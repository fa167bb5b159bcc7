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
    const extra =
      f.group_by === "order"
        ? ", max(number) AS number, max(customer_id) AS customer_id, max(stage_name) AS stage_name, max(date) AS date"
        : f.group_by === "line"
          ? `, max(service_order_id) AS service_order_id, max(number) AS number, max(line_type) AS line_type,
             max(quantity) AS quantity, max(unit_price) AS unit_price, max(unit_cost) AS unit_cost, bool_and(billable) AS billable, max(date) AS date`
          : ""
    const rows = `SELECT ${g.key} AS key, ${g.label} AS label, currency_code, ${measures}${extra}
             FROM (${base}) b GROUP BY ${g.key}, currency_code`
    // Lines, revenue and cost: every line is in one group of its currency, so the totals are the
    // groups' sums (one pass). So are the orders when each order is in one group; grouped by line,
    // task or technician an order spans groups, so they are counted on their own: the orders with
    // a matching line (a semi-join, not a second aggregation of the lines).
    const sums = `SELECT currency_code, ${linesOnly ? "" : "sum(orders)::int AS orders, "}sum(lines)::int AS lines, sum(revenue) AS revenue,
                    sum(cost) AS cost, sum(margin) AS margin,
                    CASE WHEN sum(revenue) > 0 THEN round((sum(revenue) - sum(cost)) / sum(revenue) * 100, 2) END AS margin_percent
                  FROM r GROUP BY currency_code`
    if (!linesOnly) {
      return { rows, params, order: g.order, totals: { fromRows: `${sums} ORDER BY currency_code` } }
    }
    const counted = `SELECT so.currency_code, count(*)::int AS orders FROM service_order so
      WHERE ${orders} AND EXISTS (SELECT 1 FROM service_order_line l WHERE l.service_order_id = so.id AND l.deleted_at IS NULL
                                  ${lineFilter.parts.length ? `AND ${lineFilter}` : ""})
      GROUP BY so.currency_code`
    return {
      rows,
      params,
      order: g.order,
      totals: {
        fromRows: `SELECT s.currency_code, coalesce(o.orders, 0) AS orders, s.lines, s.revenue, s.cost, s.margin, s.margin_percent
                   FROM (${sums}) s LEFT JOIN (${counted}) o ON o.currency_code = s.currency_code ORDER BY s.currency_code`,
        params: [...orders.params, ...lineFilter.params],
      },
    }
  }
}
