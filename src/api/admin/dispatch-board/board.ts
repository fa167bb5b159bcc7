import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BusinessCalendar } from "../../../modules/service-management/utils/business-time"
import { workingPeriodsBetween } from "../../../modules/service-management/utils/working-periods"

export type DispatchWindow = { from: Date; to: Date; team_id?: string; technician_ids?: string[]; queue_limit?: number }

// The rows the board's queries select (pg answers untyped rows).
type TechnicianRow = Pick<BusinessCalendar, "timezone" | "working_hours"> & {
  id: string
  first_name: string
  last_name: string | null
  color: string | null
  team_id: string | null
  skills: string[]
  user_id: string | null
}
type AbsenceRow = { id: string; technician_id: string; starts_at: Date; ends_at: Date; reason: string; note: string | null }
type OrderColumns = {
  number: string
  title: string | null
  priority: string
  customer_id: string
  response_due_at: Date | null
  resolution_due_at: Date | null
  stage_code: string
  stage_name: string
}
type AssignmentRow = OrderColumns & {
  id: string
  technician_id: string
  service_order_id: string
  service_order_line_id: string | null
  starts_at: Date
  ends_at: Date
  status: string
  overrides: string[]
  updated_at: Date
}
type QueueRow = OrderColumns & { id: string; description: string | null; created_at: Date; required_skills: string[]; estimated_minutes: number | null }
type CustomerRow = { id: string; first_name: string | null; last_name: string | null; company_name: string | null; email: string }

const PRIORITY_RANK = "CASE so.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"
const LIVE = "a.deleted_at IS NULL AND a.status <> 'cancelled'"

/**
 * Everything the dispatch board shows for a window, in a fixed number of queries whatever the
 * number of technicians and orders: technicians in scope, their absences and assignments in the
 * window (with the order, stage and customer), their working periods (computed, no query), and
 * the queue of open orders without a live assignment, most urgent first (earliest SLA due time,
 * then priority, then age) with the skills their tasks require.
 */
export async function loadDispatchBoard(container: MedusaContainer, window: DispatchWindow) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const technicians: TechnicianRow[] = (
    await pg.raw(
      `SELECT id, first_name, last_name, color, team_id, skills, timezone, working_hours, user_id
       FROM service_technician
       WHERE deleted_at IS NULL AND is_active = true
         AND (?::text IS NULL OR team_id = ?) AND (?::text[] IS NULL OR id = ANY(?::text[]))
       ORDER BY first_name, last_name NULLS FIRST, id`,
      [window.team_id ?? null, window.team_id ?? null, window.technician_ids ?? null, window.technician_ids ?? null]
    )
  ).rows
  const ids = technicians.map((t) => t.id)
  const [absences, assignments, queue]: [{ rows: AbsenceRow[] }, { rows: AssignmentRow[] }, { rows: QueueRow[] }] = await Promise.all([
    pg.raw(
      `SELECT id, technician_id, starts_at, ends_at, reason, note FROM service_technician_absence
       WHERE deleted_at IS NULL AND technician_id = ANY(?::text[]) AND starts_at < ? AND ends_at > ?
       ORDER BY starts_at`,
      [ids, window.to, window.from]
    ),
    pg.raw(
      `SELECT a.id, a.technician_id, a.service_order_id, a.service_order_line_id, a.starts_at, a.ends_at, a.status, a.overrides, a.updated_at,
              so.number, so.title, so.priority, so.customer_id, so.response_due_at, so.resolution_due_at,
              st.code AS stage_code, st.name AS stage_name
       FROM service_assignment a
       JOIN service_order so ON so.id = a.service_order_id
       JOIN service_stage st ON st.id = so.stage_id
       WHERE ${LIVE} AND a.technician_id = ANY(?::text[]) AND a.starts_at < ? AND a.ends_at > ?
       ORDER BY a.starts_at`,
      [ids, window.to, window.from]
    ),
    window.queue_limit === 0
      ? { rows: [] }
      : pg.raw(
          `SELECT so.id, so.number, so.title, so.description, so.priority, so.customer_id, so.response_due_at,
                  so.resolution_due_at, so.created_at, st.code AS stage_code, st.name AS stage_name,
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
           ORDER BY least(CASE WHEN so.responded_at IS NULL THEN so.response_due_at END,
                          CASE WHEN so.resolved_at IS NULL THEN so.resolution_due_at END) ASC NULLS LAST,
                    ${PRIORITY_RANK}, so.created_at, so.id
           LIMIT ?`,
          [window.queue_limit ?? 100]
        ),
  ])
  const customerIds = [...new Set([...assignments.rows, ...queue.rows].map((r) => r.customer_id))]
  const customers = customerIds.length
    ? (
        await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "customer", fields: ["id", "first_name", "last_name", "company_name", "email"], filters: { id: customerIds } })
      ).data as CustomerRow[]
    : []
  const customerName = new Map(
    customers.map((c) => [c.id, c.company_name || [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email])
  )

  return {
    from: window.from,
    to: window.to,
    technicians: technicians.map((t) => ({
      id: t.id,
      first_name: t.first_name,
      last_name: t.last_name,
      color: t.color,
      team_id: t.team_id,
      user_id: t.user_id,
      skills: t.skills,
      timezone: t.timezone,
      working_periods: workingPeriodsBetween(t, window.from, window.to),
      absences: absences.rows
        .filter((a) => a.technician_id === t.id)
        .map(({ technician_id: _technician_id, ...a }) => a),
      assignments: assignments.rows
        .filter((a) => a.technician_id === t.id)
        .map((a) => ({
          id: a.id,
          service_order_id: a.service_order_id,
          service_order_line_id: a.service_order_line_id,
          starts_at: a.starts_at,
          ends_at: a.ends_at,
          status: a.status,
          overrides: a.overrides,
          // The version a move sends back as `expected_updated_at`.
          updated_at: a.updated_at,
          service_order: {
            id: a.service_order_id,
            number: a.number,
            title: a.title,
            priority: a.priority,
            customer_name: customerName.get(a.customer_id) ?? null,
            stage_code: a.stage_code,
            stage_name: a.stage_name,
            response_due_at: a.response_due_at,
            resolution_due_at: a.resolution_due_at,
          },
        })),
    })),
    queue: queue.rows.map((o) => ({ ...o, customer_name: customerName.get(o.customer_id) ?? null })),
  }
}
