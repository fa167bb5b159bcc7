import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BusinessCalendar } from "../../../modules/service-management/utils/business-time"
import { workingPeriodsBetween } from "../../../modules/service-management/utils/working-periods"

export type DispatchWindow = {
  from: Date
  to: Date
  team_id?: string
  technician_ids?: string[]
  queue_limit?: number
  /** A page of the technicians in scope (all when no limit). */
  limit?: number
  offset?: number
}

// The rows the board's queries select (pg answers untyped rows).
type TechnicianRow = Pick<BusinessCalendar, "timezone" | "working_hours"> & {
  id: string
  first_name: string
  last_name: string | null
  color: string | null
  team_id: string | null
  skills: string[]
  user_id: string | null
  count: number
}
// Times come as the ISO text JSON would print (see `iso`).
type AbsenceRow = { id: string; technician_id: string; starts_at: string; ends_at: string; reason: string; note: string | null }
type OrderColumns = {
  number: string
  title: string | null
  priority: string
  customer_id: string
  response_due_at: string | null
  resolution_due_at: string | null
  stage_code: string
  stage_name: string
}
type AssignmentRow = OrderColumns & {
  id: string
  technician_id: string
  service_order_id: string
  service_order_line_id: string | null
  starts_at: string
  ends_at: string
  status: string
  overrides: string[]
  updated_at: string
}
type QueueRow = OrderColumns & { id: string; description: string | null; created_at: string; required_skills: string[]; estimated_minutes: number | null }
type OrderRef = Omit<OrderColumns, "stage_name"> & { id: string }
type CustomerRow = { id: string; first_name: string | null; last_name: string | null; company_name: string | null; email: string }

/**
 * A timestamp as the ISO text `Date.toJSON` prints (UTC, milliseconds): a full week's blocks carry
 * tens of thousands of times, and parsing each into a Date only to print it again costs more than
 * the board's queries.
 */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${column.split(".").pop()}`

const PRIORITY_RANK = "CASE so.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"
const LIVE = "a.deleted_at IS NULL AND a.status <> 'cancelled'"
/**
 * The queue's order: earliest unmet SLA due time, then priority, then age. The expressions of
 * IDX_service_order_dispatch_queue (migration 20261205030000): keep them equal, or the queue sorts
 * every open order (list-indexes.spec.ts checks the plan).
 */
export const QUEUE_ORDER = `least(CASE WHEN so.responded_at IS NULL THEN so.response_due_at END,
                          CASE WHEN so.resolved_at IS NULL THEN so.resolution_due_at END) ASC NULLS LAST,
                    ${PRIORITY_RANK}, so.created_at, so.id`

/**
 * Everything the dispatch board shows for a window, in a fixed number of queries whatever the
 * number of technicians and orders: technicians in scope, their absences and assignments in the
 * window (read through the no-overlap constraint's range index: only the window's rows), their
 * working periods (computed, no query), and the queue of open orders without a live assignment,
 * most urgent first (earliest SLA due time, then priority, then age) with the skills their tasks
 * require. Normalised: blocks and queue entries name their order, whose number, title, priority,
 * customer and stage are in `service_orders`, `customers` and `stages` once. The technicians come a
 * page at a time (`limit`/`offset`, with `count` of all in scope), as a screen shows them.
 */
export async function loadDispatchBoard(container: MedusaContainer, window: DispatchWindow) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // One row per technician on the page, each with the count of all in scope; one row without a
  // technician when the page is empty, so the count is still known.
  const technicianRows: (TechnicianRow | ({ [K in keyof TechnicianRow]: null } & { count: number }))[] = (
    await pg.raw(
      `WITH scope AS (
         SELECT id, first_name, last_name, color, team_id, skills, timezone, working_hours, user_id
         FROM service_technician
         WHERE deleted_at IS NULL AND is_active = true
           AND (?::text IS NULL OR team_id = ?) AND (?::text[] IS NULL OR id = ANY(?::text[])))
       SELECT page.*, total.count
       FROM (SELECT count(*)::int AS count FROM scope) total
       LEFT JOIN LATERAL (SELECT * FROM scope ORDER BY first_name, last_name NULLS FIRST, id LIMIT ? OFFSET ?) page ON true
       ORDER BY page.first_name, page.last_name NULLS FIRST, page.id`,
      [window.team_id ?? null, window.team_id ?? null, window.technician_ids ?? null, window.technician_ids ?? null, window.limit ?? null, window.offset ?? 0]
    )
  ).rows
  const count = technicianRows[0].count
  const technicians = technicianRows.filter((t): t is TechnicianRow => t.id !== null)
  const ids = technicians.map((t) => t.id)
  const [absences, assignments, queue]: [{ rows: AbsenceRow[] }, { rows: AssignmentRow[] }, { rows: QueueRow[] }] = await Promise.all([
    pg.raw(
      `SELECT ab.id, ab.technician_id, ${iso("ab.starts_at")}, ${iso("ab.ends_at")}, ab.reason, ab.note FROM service_technician_absence ab
       WHERE ab.deleted_at IS NULL AND ab.technician_id = ANY(?::text[]) AND ab.starts_at < ? AND ab.ends_at > ?
       ORDER BY ab.starts_at`,
      [ids, window.to, window.from]
    ),
    pg.raw(
      `SELECT a.id, a.technician_id, a.service_order_id, a.service_order_line_id, ${iso("a.starts_at")}, ${iso("a.ends_at")}, a.status,
              a.overrides, ${iso("a.updated_at")}, so.number, so.title, so.priority, so.customer_id, ${iso("so.response_due_at")},
              ${iso("so.resolution_due_at")},
              st.code AS stage_code, st.name AS stage_name
       FROM service_assignment a
       JOIN service_order so ON so.id = a.service_order_id
       JOIN service_stage st ON st.id = so.stage_id
       WHERE ${LIVE} AND a.technician_id = ANY(?::text[]) AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(?, ?, '[)')
       ORDER BY a.starts_at`,
      [ids, window.from, window.to]
    ),
    window.queue_limit === 0
      ? { rows: [] }
      : pg.raw(
          `SELECT so.id, so.number, so.title, so.description, so.priority, so.customer_id, ${iso("so.response_due_at")},
                  ${iso("so.resolution_due_at")}, ${iso("so.created_at")}, st.code AS stage_code, st.name AS stage_name,
                  coalesce((SELECT array_agg(DISTINCT s) FROM service_order_line l
                            JOIN service_task t ON t.id = l.service_task_id, unnest(t.required_skills) s
                            WHERE l.service_order_id = so.id AND l.deleted_at IS NULL), '{}') AS required_skills,
                  (SELECT sum(coalesce(t.default_duration_minutes, 0))::int FROM service_order_line l
                   JOIN service_task t ON t.id = l.service_task_id
                   WHERE l.service_order_id = so.id AND l.deleted_at IS NULL) AS estimated_minutes
           FROM service_order so
           JOIN service_stage st ON st.id = so.stage_id
           WHERE so.deleted_at IS NULL AND so.canceled_at IS NULL AND so.closed_at IS NULL
             AND st.is_terminal = false AND st.allow_assign = true
             AND NOT EXISTS (SELECT 1 FROM service_assignment a WHERE a.service_order_id = so.id AND ${LIVE})
           ORDER BY ${QUEUE_ORDER}
           LIMIT ?`,
          [window.queue_limit ?? 100]
        ),
  ])
  const customerIds = [...new Set([...assignments.rows, ...queue.rows].map((r) => r.customer_id))]
  // The names only, read directly: Query would hydrate every customer of a full week's blocks.
  const customers: CustomerRow[] = customerIds.length
    ? (
        await pg.raw(`SELECT id, first_name, last_name, company_name, email FROM customer WHERE id = ANY(?::text[]) AND deleted_at IS NULL`, [
          customerIds,
        ])
      ).rows
    : []

  // Each order, customer and stage once, however many blocks show it.
  const serviceOrders: Record<string, OrderRef> = {}
  const stages: Record<string, { name: string }> = {}
  for (const row of [...assignments.rows, ...queue.rows]) {
    const id = "service_order_id" in row ? row.service_order_id : row.id
    serviceOrders[id] ??= {
      id,
      number: row.number,
      title: row.title,
      priority: row.priority,
      customer_id: row.customer_id,
      stage_code: row.stage_code,
      response_due_at: row.response_due_at,
      resolution_due_at: row.resolution_due_at,
    }
    stages[row.stage_code] ??= { name: row.stage_name }
  }
  const byTechnician = <T extends { technician_id: string }>(rows: T[]) => {
    const grouped = new Map<string, Omit<T, "technician_id">[]>()
    for (const { technician_id, ...row } of rows) {
      grouped.get(technician_id)?.push(row) ?? grouped.set(technician_id, [row])
    }
    return grouped
  }
  const absencesOf = byTechnician(absences.rows)
  const assignmentsOf = byTechnician(
    assignments.rows.map((a) => ({
      id: a.id,
      technician_id: a.technician_id,
      service_order_id: a.service_order_id,
      service_order_line_id: a.service_order_line_id,
      starts_at: a.starts_at,
      ends_at: a.ends_at,
      status: a.status,
      overrides: a.overrides,
      // The version a move sends back as `expected_updated_at`.
      updated_at: a.updated_at,
    }))
  )
  // Technicians mostly share a calendar: its periods are computed once.
  const periods = new Map<string, ReturnType<typeof workingPeriodsBetween>>()
  const periodsOf = (t: TechnicianRow) => {
    const key = `${t.timezone}|${JSON.stringify(t.working_hours)}`
    return periods.get(key) ?? periods.set(key, workingPeriodsBetween(t, window.from, window.to)).get(key)!
  }

  return {
    from: window.from,
    to: window.to,
    count,
    offset: window.offset ?? 0,
    limit: window.limit ?? null,
    technicians: technicians.map((t) => ({
      id: t.id,
      first_name: t.first_name,
      last_name: t.last_name,
      color: t.color,
      team_id: t.team_id,
      user_id: t.user_id,
      skills: t.skills,
      timezone: t.timezone,
      working_periods: periodsOf(t),
      absences: absencesOf.get(t.id) ?? [],
      assignments: assignmentsOf.get(t.id) ?? [],
    })),
    queue: queue.rows.map((o) => ({
      id: o.id,
      description: o.description,
      created_at: o.created_at,
      required_skills: o.required_skills,
      estimated_minutes: o.estimated_minutes,
    })),
    service_orders: serviceOrders,
    customers: Object.fromEntries(
      customers.map((c) => [c.id, { name: c.company_name || [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email }])
    ),
    stages,
  }
}
