import { SlaComplianceGroup } from "../../../types/enums"
import { ReportRepository, ReportSql, Where } from "./common/report"
import { placeholders } from "./common/sql"


export type SlaComplianceFilters = {
  group_by: SlaComplianceGroup
  /** Orders created from (inclusive) … to (exclusive). */
  from?: Date
  to?: Date
  sla_id?: string[]
  customer_id?: string[]
  technician_id?: string[]
  /** "At risk now": open and due within this many minutes of `now`. */
  at_risk_minutes: number
  now: Date
}

// Key, label and the join that brings the key, per group.
const GROUPS: Record<SlaComplianceGroup, { key: string; label: string; join: string }> = {
  sla: { key: "so.sla_id", label: "max(s.name)", join: "" },
  customer_group: {
    key: "cg.id",
    label: "max(cg.name)",
    join: `LEFT JOIN customer_group_customer cgc ON cgc.customer_id = so.customer_id AND cgc.deleted_at IS NULL
           LEFT JOIN customer_group cg ON cg.id = cgc.customer_group_id AND cg.deleted_at IS NULL`,
  },
  technician: {
    key: "te.id",
    label: "max(trim(te.first_name || ' ' || coalesce(te.last_name, '')))",
    join: `LEFT JOIN (SELECT DISTINCT service_order_id, technician_id FROM service_assignment
                      WHERE deleted_at IS NULL AND status <> 'cancelled') asg ON asg.service_order_id = so.id
           LEFT JOIN service_technician te ON te.id = asg.technician_id`,
  },
  month: { key: "to_char(so.created_at AT TIME ZONE 'UTC', 'YYYY-MM')", label: "to_char(so.created_at AT TIME ZONE 'UTC', 'YYYY-MM')", join: "" },
}

/** The measures of one metric: how many were decided, met in time, and the spread of actual business minutes. */
const metric = (m: "response" | "resolution") => `
  count(*) FILTER (WHERE so.${m}_actual_minutes IS NOT NULL OR so.${m}_breached_at IS NOT NULL)::int AS ${m}_measured,
  count(*) FILTER (WHERE so.${m}_actual_minutes <= s.${m}_minutes AND so.${m}_breached_at IS NULL)::int AS ${m}_met,
  round(100.0 * count(*) FILTER (WHERE so.${m}_actual_minutes <= s.${m}_minutes AND so.${m}_breached_at IS NULL)
    / nullif(count(*) FILTER (WHERE so.${m}_actual_minutes IS NOT NULL OR so.${m}_breached_at IS NOT NULL), 0), 2) AS ${m}_compliance,
  round(avg(so.${m}_actual_minutes)::numeric, 2) AS ${m}_avg_minutes,
  round(percentile_cont(0.5) WITHIN GROUP (ORDER BY so.${m}_actual_minutes)::numeric, 2) AS ${m}_median_minutes,
  round(percentile_cont(0.9) WITHIN GROUP (ORDER BY so.${m}_actual_minutes)::numeric, 2) AS ${m}_p90_minutes`

/**
 * SLA compliance of service orders with an SLA: per group, the share of orders whose response
 * and resolution were met within target (of those decided: met, or breached), the average,
 * median and 90th percentile of the actual business minutes (kept on the order when met), and
 * the open orders breached or at risk now.
 */
export class SlaComplianceReportRepository extends ReportRepository<SlaComplianceFilters> {
  protected readonly numberColumns = [
    "orders",
    ...["response", "resolution"].flatMap((m) => ["measured", "met", "compliance", "avg_minutes", "median_minutes", "p90_minutes"].map((c) => `${m}_${c}`)),
    "breached_now",
    "at_risk_now",
  ]

  build(f: SlaComplianceFilters): ReportSql {
    const g = GROUPS[f.group_by]
    const where = new Where("so.deleted_at IS NULL", "so.sla_id IS NOT NULL")
      .add(f.from, "so.created_at >= ?", f.from)
      .add(f.to, "so.created_at < ?", f.to)
      .in("so.sla_id", f.sla_id)
      .in("so.customer_id", f.customer_id)
      .add(
        f.technician_id,
        `EXISTS (SELECT 1 FROM service_assignment fa WHERE fa.service_order_id = so.id AND fa.deleted_at IS NULL
                 AND fa.status <> 'cancelled' AND fa.technician_id IN (${placeholders(f.technician_id ?? [])}))`,
        ...(f.technician_id ?? [])
      )
    const open = "so.closed_at IS NULL AND so.canceled_at IS NULL AND so.resolved_at IS NULL"
    const late = (m: "response" | "resolution", met: string, at: string) =>
      `(so.${met} IS NULL AND (so.${m}_breached_at IS NOT NULL OR (so.sla_paused_at IS NULL AND coalesce(so.${m}_due_at < ${at}, false))))`
    const breached = `(${late("response", "responded_at", "?::timestamptz")} OR ${late("resolution", "resolved_at", "?::timestamptz")})`
    const soon = `(${late("response", "responded_at", "?::timestamptz")} OR ${late("resolution", "resolved_at", "?::timestamptz")})`
    const riskUntil = new Date(f.now.getTime() + f.at_risk_minutes * 60_000)
    const measures = [
      "count(DISTINCT so.id)::int AS orders",
      metric("response"),
      metric("resolution"),
      `count(DISTINCT so.id) FILTER (WHERE ${open} AND ${breached})::int AS breached_now`,
      `count(DISTINCT so.id) FILTER (WHERE ${open} AND NOT ${breached} AND ${soon})::int AS at_risk_now`,
    ].join(",\n")
    const measureParams = [f.now, f.now, f.now, f.now, riskUntil, riskUntil]
    const from = `FROM service_order so JOIN service_level_agreement s ON s.id = so.sla_id ${g.join} WHERE ${where}`
    return {
      rows: `SELECT ${g.key} AS key, ${g.label} AS label, ${measures} ${from} GROUP BY ${g.key}`,
      params: [...measureParams, ...where.params],
      order: "label NULLS FIRST, key NULLS FIRST",
      totals: { sql: `SELECT ${measures} FROM service_order so JOIN service_level_agreement s ON s.id = so.sla_id WHERE ${where}`, params: [...measureParams, ...where.params] },
    }
  }
}
