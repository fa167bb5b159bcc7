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

// Key, label and the join that brings the key, per group in which each order is in one group.
const PARTITIONS: Record<"sla" | "month", { key: string; label: string }> = {
  sla: { key: "so.sla_id", label: "max(s.name)" },
  month: { key: "to_char(so.created_at AT TIME ZONE 'UTC', 'YYYY-MM')", label: "max(to_char(so.created_at AT TIME ZONE 'UTC', 'YYYY-MM'))" },
}

// Groups an order can be in several of (or none): its members — (owner, key) pairs, the owner
// being the order column `on` — and the join that labels a key.
const MEMBERSHIPS: Record<"technician" | "customer_group", { members: string; on: string; label: string; join: string }> = {
  technician: {
    members: `SELECT DISTINCT service_order_id AS owner, technician_id AS key FROM service_assignment
              WHERE deleted_at IS NULL AND status <> 'cancelled'`,
    on: "so.id",
    label: "max(trim(te.first_name || ' ' || coalesce(te.last_name, '')))",
    join: "LEFT JOIN service_technician te ON te.id = k.key",
  },
  customer_group: {
    members: `SELECT DISTINCT cgc.customer_id AS owner, cgc.customer_group_id AS key FROM customer_group_customer cgc
              JOIN customer_group cg ON cg.id = cgc.customer_group_id AND cg.deleted_at IS NULL WHERE cgc.deleted_at IS NULL`,
    on: "so.customer_id",
    label: "max(cg.name)",
    join: "LEFT JOIN customer_group cg ON cg.id = k.key",
  },
}

/** How many of one metric were decided (met, or breached) and met in time. */
const decided = (m: "response" | "resolution") => `
  count(*) FILTER (WHERE so.${m}_actual_minutes IS NOT NULL OR so.${m}_breached_at IS NOT NULL)::int AS ${m}_measured,
  count(*) FILTER (WHERE so.${m}_actual_minutes <= s.${m}_minutes AND so.${m}_breached_at IS NULL)::int AS ${m}_met,
  round(100.0 * count(*) FILTER (WHERE so.${m}_actual_minutes <= s.${m}_minutes AND so.${m}_breached_at IS NULL)
    / nullif(count(*) FILTER (WHERE so.${m}_actual_minutes IS NOT NULL OR so.${m}_breached_at IS NOT NULL), 0), 2) AS ${m}_compliance`

/** The spread of one metric's actual business minutes: average, median and 90th percentile. */
const spread = (m: "response" | "resolution") => `
  round(avg(so.${m}_actual_minutes)::numeric, 2) AS ${m}_avg_minutes,
  round(percentile_cont(0.5) WITHIN GROUP (ORDER BY so.${m}_actual_minutes)::numeric, 2) AS ${m}_median_minutes,
  round(percentile_cont(0.9) WITHIN GROUP (ORDER BY so.${m}_actual_minutes)::numeric, 2) AS ${m}_p90_minutes`

// The measures' columns, in their order: the totals read them from the shared pass.
const MEASURE_COLUMNS = [
  "orders",
  ...["response", "resolution"].flatMap((m) => ["measured", "met", "compliance", "avg_minutes", "median_minutes", "p90_minutes"].map((c) => `${m}_${c}`)),
  "breached_now",
  "at_risk_now",
]

/**
 * SLA compliance of service orders with an SLA: per group, the share of orders whose response
 * and resolution were met within target (of those decided: met, or breached), the average,
 * median and 90th percentile of the actual business minutes (kept on the order when met), and
 * the open orders breached or at risk now.
 */
export class SlaComplianceReportRepository extends ReportRepository<SlaComplianceFilters> {
  protected readonly numberColumns = MEASURE_COLUMNS

  build(f: SlaComplianceFilters): ReportSql {
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
    // Each (order, group) pair is one row of the join, so orders count with count(*).
    const measures = [
      "count(*)::int AS orders",
      decided("response"),
      spread("response"),
      decided("resolution"),
      spread("resolution"),
      `count(*) FILTER (WHERE ${open} AND ${breached})::int AS breached_now`,
      `count(*) FILTER (WHERE ${open} AND NOT ${breached} AND ${soon})::int AS at_risk_now`,
    ].join(",\n")
    const measureParams = [f.now, f.now, f.now, f.now, riskUntil, riskUntil]
    const orders = `FROM service_order so JOIN service_level_agreement s ON s.id = so.sla_id`
    return {
      shared: f.group_by === "technician" || f.group_by === "customer_group" ? this.byMembership(f.group_by, measures, orders, where) : this.byPartition(f.group_by, measures, orders, where),
      rows: `SELECT key, label, ${MEASURE_COLUMNS.join(", ")} FROM g WHERE NOT total`,
      params: [...measureParams, ...where.params],
      order: "label NULLS FIRST, key NULLS FIRST",
      totals: { fromRows: `SELECT ${MEASURE_COLUMNS.join(", ")} FROM g WHERE total` },
    }
  }

  /**
   * One pass over the orders in which each is in one group: GROUPING SETS adds the total (the
   * grouping set ()) beside the groups, so the spread (average and percentiles, which groups
   * cannot add up to) does not read the orders a second time.
   */
  private byPartition(groupBy: keyof typeof PARTITIONS, measures: string, orders: string, where: Where) {
    const g = PARTITIONS[groupBy]
    return `SELECT GROUPING(${g.key}) = 1 AS total, ${g.key} AS key, ${g.label} AS label, ${measures} ${orders}
      WHERE ${where} GROUP BY GROUPING SETS ((${g.key}), ())`
  }

  /**
   * One pass over orders that can be in several groups (or none): each order once under each of
   * its groups (under none: key NULL), and once more in the total group, beside its first group's
   * row — so the totals count every order once.
   */
  private byMembership(groupBy: keyof typeof MEMBERSHIPS, measures: string, orders: string, where: Where) {
    const m = MEMBERSHIPS[groupBy]
    return `SELECT k.total, k.key, ${m.label} AS label, ${measures} ${orders}
      LEFT JOIN (SELECT owner, key, row_number() OVER (PARTITION BY owner ORDER BY key) = 1 AS first FROM (${m.members}) mm) mb
        ON mb.owner = ${m.on}
      CROSS JOIN LATERAL (SELECT mb.key, false AS total UNION ALL SELECT NULL, true WHERE mb.first IS NOT false) k
      ${m.join}
      WHERE ${where} GROUP BY k.total, k.key`
  }
}
