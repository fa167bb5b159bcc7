import { list } from "../report-params"
import { reportRoute } from "../report-route"
import { AdminGetSlaComplianceReportParams } from "./validators"

const METRIC = ["measured", "met", "compliance", "avg_minutes", "median_minutes", "p90_minutes"]

/**
 * Share of orders that met their response and resolution targets per SLA, customer group,
 * technician or month; average, median and 90th percentile of actual business minutes; open
 * orders breached or at risk now.
 */
export const GET = reportRoute({
  report: "sla_compliance",
  file: "sla-compliance",
  filters: (q: AdminGetSlaComplianceReportParams) => ({
    group_by: q.group_by,
    from: q.from,
    to: q.to,
    sla_id: list(q.sla_id),
    customer_id: list(q.customer_id),
    technician_id: list(q.technician_id),
    at_risk_minutes: q.at_risk_minutes,
    now: new Date(),
  }),
  columns: () => [
    "key",
    "label",
    "orders",
    ...METRIC.map((c) => `response_${c}`),
    ...METRIC.map((c) => `resolution_${c}`),
    "breached_now",
    "at_risk_now",
  ],
  amounts: [],
})
