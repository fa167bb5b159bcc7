import { OrderMarginGroup } from "../../../../types/enums"
import { currencies, list } from "../report-params"
import { reportRoute } from "../report-route"
import { AdminGetOrderMarginReportParams } from "./validators"

const MEASURES = ["currency_code", "orders", "lines", "revenue", "cost", "margin", "margin_percent"]

/**
 * Revenue, cost, margin and margin % of service orders, per order, line or group (customer,
 * agreement, task, technician, stage, month), per currency, with totals per currency.
 */
export const GET = reportRoute({
  report: "order_margin",
  file: "order-margin",
  filters: (q: AdminGetOrderMarginReportParams) => ({
    group_by: q.group_by,
    date_field: q.date_field,
    from: q.from,
    to: q.to,
    service_order_id: list(q.service_order_id),
    customer_id: list(q.customer_id),
    agreement_id: list(q.agreement_id),
    stage_id: list(q.stage_id),
    service_task_id: list(q.service_task_id),
    technician_id: list(q.technician_id),
    channel: list(q.channel),
    currency_code: currencies(q.currency_code),
  }),
  columns: (groupBy: OrderMarginGroup) =>
    groupBy === "order"
      ? ["key", "number", "label", "customer_id", "stage_name", "date", ...MEASURES]
      : groupBy === "line"
        ? ["key", "service_order_id", "number", "label", "line_type", "quantity", "unit_price", "unit_cost", "billable", "date", ...MEASURES]
        : ["key", "label", ...MEASURES],
  amounts: ["revenue", "cost", "margin", "unit_price", "unit_cost"],
})
