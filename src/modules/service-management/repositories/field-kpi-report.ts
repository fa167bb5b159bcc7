import { Context } from "@medusajs/framework/types"
import { FIELD_KPI_FIGURES, FieldKpiGroup } from "../../../types/enums"
import { ReportRepository, ReportSql, Where } from "./common/report"
import { placeholders } from "./common/sql"


/** A technicians' calendar and its working periods within the report's range (computed in Node, once per calendar). */
export type CalendarPeriods = { timezone: string; working_hours: unknown; periods: { starts_at: Date; ends_at: Date }[] }

export type FieldKpiFilters = {
  group_by: FieldKpiGroup
  /** Orders closed, and time worked, from (inclusive) … to (exclusive). */
  from: Date
  to: Date
  technician_id?: string[]
  team_id?: string[]
  customer_id?: string[]
  /** An order closed counts as fixed the first time when no order on the same service object follows within this many days. */
  repeat_days: number
  now: Date
  calendars: CalendarPeriods[]
}

// Backlog age buckets, in days since the order was created: [label, from, to).
const BACKLOG_BUCKETS: [string, number, number | null][] = [
  ["0-2 days", 0, 3],
  ["3-7 days", 3, 8],
  ["8-30 days", 8, 31],
  ["31-90 days", 31, 91],
  ["over 90 days", 91, null],
]

const OPEN = `so.deleted_at IS NULL AND so.closed_at IS NULL AND so.canceled_at IS NULL`
/** An assignment that still books the technician. */
const live = (alias: string) => `${alias}.deleted_at IS NULL AND ${alias}.status <> 'cancelled'`
const minutes = (interval: string) => `extract(epoch FROM ${interval}) / 60`

/**
 * Field-service KPIs: first-time fix rate, mean time to repair, technician utilisation (assigned
 * ÷ available working time, absences excluded) and the open backlog by age.
 */
export class FieldKpiReportRepository extends ReportRepository<FieldKpiFilters> {
  protected readonly numberColumns = [...FIELD_KPI_FIGURES, "open_orders"]

  /** The distinct calendars (zone, weekly hours) of the technicians in scope: what working time is computed for. */
  async listCalendars(filters: Pick<FieldKpiFilters, "technician_id" | "team_id">, sharedContext: Context = {}) {
    const where = this.technicians(filters)
    return this.manager(sharedContext).execute<{ timezone: string; working_hours: unknown }[]>(
      `SELECT DISTINCT te.timezone, te.working_hours FROM service_technician te WHERE ${where}`,
      where.params
    )
  }

  private technicians(f: Pick<FieldKpiFilters, "technician_id" | "team_id">) {
    return new Where("te.deleted_at IS NULL").in("te.id", f.technician_id).in("te.team_id", f.team_id)
  }

  build(f: FieldKpiFilters): ReportSql {
    return f.group_by === "age_bucket" ? this.backlog(f) : this.kpis(f)
  }

  /** Closed orders in range with their first-time-fix flag and repair time. */
  private closed(f: FieldKpiFilters) {
    const where = new Where("so.deleted_at IS NULL", "so.closed_at IS NOT NULL", "so.canceled_at IS NULL", "so.closed_at >= ?", "so.closed_at < ?")
    where.params.push(f.from, f.to)
    where.in("so.customer_id", f.customer_id)
    return {
      sql: `SELECT so.id, so.closed_at, ${minutes("so.closed_at - so.created_at")} AS repair_minutes,
                   so.service_object_id IS NOT NULL AS has_object,
                   so.service_object_id IS NOT NULL AND NOT EXISTS (
                     SELECT 1 FROM service_order r WHERE r.service_object_id = so.service_object_id AND r.deleted_at IS NULL
                       AND r.id <> so.id AND r.canceled_at IS NULL
                       AND r.created_at > so.closed_at AND r.created_at <= so.closed_at + make_interval(days => ?::int)) AS fixed
            FROM service_order so WHERE ${where}`,
      params: [f.repeat_days, ...where.params],
    }
  }

  private kpis(f: FieldKpiFilters): ReportSql {
    const techs = this.technicians(f)
    const calendars = JSON.stringify(f.calendars.map((c, idx) => ({ idx, timezone: c.timezone, working_hours: c.working_hours })))
    const periods = JSON.stringify(f.calendars.flatMap((c, idx) => c.periods.map((p) => ({ idx, s: p.starts_at, e: p.ends_at }))))
    const closed = this.closed(f)
    const byMonth = f.group_by === "month"
    // Per technician (and month): working periods, the part of them inside absences, assigned time.
    const time = `
      cal AS (SELECT * FROM jsonb_to_recordset(?::jsonb) AS c(idx int, timezone text, working_hours jsonb)),
      periods AS (SELECT * FROM jsonb_to_recordset(?::jsonb) AS p(idx int, s timestamptz, e timestamptz)),
      techs AS (SELECT te.id, trim(te.first_name || ' ' || coalesce(te.last_name, '')) AS name, cal.idx,
                       (SELECT range_agg(tstzrange(ab.starts_at, ab.ends_at)) FROM service_technician_absence ab
                        WHERE ab.technician_id = te.id AND ab.deleted_at IS NULL AND ab.starts_at < ? AND ab.ends_at > ?) AS absent
                FROM service_technician te JOIN cal ON cal.timezone = te.timezone AND cal.working_hours = te.working_hours::jsonb
                WHERE ${techs}),
      worked AS (
        SELECT t.id, date_trunc('month', p.s AT TIME ZONE 'UTC') AS month,
               sum(${minutes("p.e - p.s")}) AS working_minutes,
               coalesce(sum((SELECT sum(${minutes("upper(x) - lower(x)")}) FROM unnest(tstzmultirange(tstzrange(p.s, p.e)) * t.absent) x)), 0) AS absent_minutes
        FROM techs t JOIN periods p ON p.idx = t.idx GROUP BY 1, 2),
      assigned AS (
        SELECT a.technician_id AS id, date_trunc('month', greatest(a.starts_at, ?) AT TIME ZONE 'UTC') AS month,
               sum(${minutes("least(a.ends_at, ?) - greatest(a.starts_at, ?)")}) AS assigned_minutes
        FROM service_assignment a JOIN techs t ON t.id = a.technician_id
        WHERE ${live("a")} AND a.starts_at < ? AND a.ends_at > ? GROUP BY 1, 2),
      closed AS (${closed.sql})`
    // In the placeholders' textual order: calendars, periods, absences, technicians, assignments.
    const ordered = [calendars, periods, f.to, f.from, ...techs.params, f.from, f.to, f.from, f.to, f.from]
    const ftf = `count(*) FILTER (WHERE c.has_object)::int AS first_time_fix_orders,
      count(*) FILTER (WHERE c.fixed)::int AS first_time_fixed,
      round(100.0 * count(*) FILTER (WHERE c.fixed) / nullif(count(*) FILTER (WHERE c.has_object), 0), 2) AS first_time_fix_rate,
      count(*)::int AS closed_orders, round(avg(c.repair_minutes)::numeric, 2) AS mttr_minutes`
    const [working, absent, assigned] = ["w.working_minutes", "w.absent_minutes", "a.assigned_minutes"].map((c) => `coalesce(${c}, 0)`)
    const util = `round(${working}::numeric, 2) AS working_minutes, round(${absent}::numeric, 2) AS absent_minutes,
      round((${working} - ${absent})::numeric, 2) AS available_minutes, round(${assigned}::numeric, 2) AS assigned_minutes,
      round((100 * ${assigned} / nullif(${working} - ${absent}, 0))::numeric, 2) AS utilisation`
    if (byMonth) {
      const techFilter = f.technician_id?.length || f.team_id?.length
      return {
        rows: `WITH ${time},
          w AS (SELECT month, sum(working_minutes) AS working_minutes, sum(absent_minutes) AS absent_minutes FROM worked GROUP BY month),
          a AS (SELECT month, sum(assigned_minutes) AS assigned_minutes FROM assigned GROUP BY month),
          k AS (SELECT date_trunc('month', c.closed_at AT TIME ZONE 'UTC') AS month, ${ftf} FROM closed c
                ${techFilter ? `WHERE EXISTS (SELECT 1 FROM service_assignment x JOIN techs t ON t.id = x.technician_id WHERE x.service_order_id = c.id AND ${live("x")})` : ""}
                GROUP BY 1),
          months AS (SELECT month FROM w UNION SELECT month FROM a UNION SELECT month FROM k)
          SELECT to_char(m.month, 'YYYY-MM') AS key, to_char(m.month, 'YYYY-MM') AS label,
                 coalesce(k.closed_orders, 0) AS closed_orders, coalesce(k.first_time_fix_orders, 0) AS first_time_fix_orders,
                 coalesce(k.first_time_fixed, 0) AS first_time_fixed, k.first_time_fix_rate, k.mttr_minutes, ${util}
          FROM months m LEFT JOIN w ON w.month = m.month LEFT JOIN a ON a.month = m.month LEFT JOIN k ON k.month = m.month`,
        params: [...ordered, ...closed.params],
        order: "key",
      }
    }
    return {
      rows: `WITH ${time},
        w AS (SELECT id, sum(working_minutes) AS working_minutes, sum(absent_minutes) AS absent_minutes FROM worked GROUP BY id),
        a AS (SELECT id, sum(assigned_minutes) AS assigned_minutes FROM assigned GROUP BY id),
        k AS (SELECT x.technician_id AS id, ${ftf} FROM closed c
              JOIN LATERAL (SELECT DISTINCT y.technician_id FROM service_assignment y WHERE y.service_order_id = c.id AND ${live("y")}) x ON true
              GROUP BY 1),
        o AS (SELECT x.technician_id AS id, count(DISTINCT so.id)::int AS open_orders FROM techs t
              JOIN service_assignment x ON x.technician_id = t.id AND ${live("x")}
              JOIN service_order so ON so.id = x.service_order_id AND ${OPEN} GROUP BY 1)
        SELECT t.id AS key, t.name AS label,
               coalesce(k.closed_orders, 0) AS closed_orders, coalesce(k.first_time_fix_orders, 0) AS first_time_fix_orders,
               coalesce(k.first_time_fixed, 0) AS first_time_fixed, k.first_time_fix_rate, k.mttr_minutes,
               ${util},
               coalesce(o.open_orders, 0) AS open_orders
        FROM techs t LEFT JOIN w ON w.id = t.id LEFT JOIN a ON a.id = t.id LEFT JOIN k ON k.id = t.id LEFT JOIN o ON o.id = t.id`,
      params: [...ordered, ...closed.params],
      order: "label, key",
    }
  }

  private backlog(f: FieldKpiFilters): ReportSql {
    const where = new Where(OPEN)
      .in("so.customer_id", f.customer_id)
      .add(
        f.technician_id,
        `EXISTS (SELECT 1 FROM service_assignment x WHERE x.service_order_id = so.id AND ${live("x")}
                 AND x.technician_id IN (${placeholders(f.technician_id ?? [])}))`,
        ...(f.technician_id ?? [])
      )
    const buckets = BACKLOG_BUCKETS.map(
      ([label, lo, hi], i) => `(${i}, '${label}', ${lo}, ${hi ?? "NULL"})`
    ).join(", ")
    return {
      rows: `SELECT b.label AS key, b.label, b.i AS position, count(so.id)::int AS open_orders
             FROM (VALUES ${buckets}) AS b(i, label, lo, hi)
             LEFT JOIN service_order so ON ${where}
               AND so.created_at <= ?::timestamptz - make_interval(days => b.lo)
               AND (b.hi IS NULL OR so.created_at > ?::timestamptz - make_interval(days => b.hi))
             GROUP BY b.i, b.label`,
      params: [...where.params, f.now, f.now],
      order: "position",
    }
  }
}
