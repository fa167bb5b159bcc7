import { Context } from "@medusajs/framework/types"
import { BusinessCalendar } from "../utils/business-time"
import { SqlRepository } from "./common/sql"

/** The board's scope: a window, the technicians in it (a team, given ids, or all; a page of them), the queue's length. */
export type DispatchBoardScope = {
  from: Date
  to: Date
  team_id?: string
  technician_ids?: string[]
  /** A page of the technicians in scope (all when no limit). */
  limit?: number
  offset?: number
  queue_limit?: number
}

/** A technician as the board shows it, with the calendar its working periods come from. */
export type BoardTechnicianRow = Pick<BusinessCalendar, "timezone" | "working_hours"> & {
  id: string
  first_name: string
  last_name: string | null
  color: string | null
  team_id: string | null
  user_id: string | null
  skills: string[]
}

/** Per technician: the JSON text of its absences and of its assignments in the window (arrays, by start). */
export type BoardSchedules = Map<string, { absences: string; assignments: string }>

/**
 * The JSON text of what the board names besides the technicians' rows: the queue (an array, most
 * urgent first), and each order its blocks and queue entries name, those orders' customers and
 * their stages once (objects by id, by code).
 */
export type BoardReferences = { queue: string; service_orders: string; customers: string; stages: string }

/**
 * SQL for the JSON text of an object: `fields` maps each key to an SQL expression, each value
 * written by `to_json` (strings escaped), a NULL as `null`. Concatenated rather than
 * `json_build_object`, which costs three times as much per row (PostgreSQL 15, a full week's
 * blocks): Postgres writes the answer, so the route neither parses the rows nor serialises them.
 */
const jsonObject = (fields: Record<string, string>) =>
  `('{' || ${Object.entries(fields)
    .map(([key, sql], i) => `'${i ? "," : ""}"${key}":' || coalesce(to_json(${sql})::text, 'null')`)
    .join(" || ")} || '}')`
/** SQL aggregating JSON texts into an array's text (`[]` for none). */
const jsonArray = (item: string, order: string) => `coalesce('[' || string_agg(${item}, ',' ORDER BY ${order}) || ']', '[]')`
/** SQL aggregating JSON texts into an object's text by `key` (`{}` for none). */
const jsonRecord = (key: string, item: string) => `coalesce('{' || string_agg(to_json(${key})::text || ':' || ${item}, ',') || '}', '{}')`
/**
 * A timestamp as the ISO text `Date.toJSON` prints (UTC, milliseconds), so the board's times equal
 * those of the assignment, absence and order routes.
 */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

const PRIORITY_RANK = "CASE so.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"
const LIVE = "a.deleted_at IS NULL AND a.status <> 'cancelled'"
/** A list parameter, given as its JSON (the ORM would spread an array into one parameter per item). */
const IDS = "ARRAY(SELECT json_array_elements_text(?::json))"
/** The window's live assignments of the given technicians, through the no-overlap constraint's range index: only the window's rows. */
const IN_WINDOW = `${LIVE} AND a.technician_id = ANY(${IDS}) AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(?, ?, '[)')`
/**
 * The queue's order: earliest unmet SLA due time, then priority, then age. The expressions of
 * IDX_service_order_dispatch_queue (migration 20261205030000): keep them equal, or the queue sorts
 * every open order (list-indexes.spec.ts checks the plan).
 */
export const QUEUE_ORDER = `least(CASE WHEN so.responded_at IS NULL THEN so.response_due_at END,
                          CASE WHEN so.resolved_at IS NULL THEN so.resolution_due_at END) ASC NULLS LAST,
                    ${PRIORITY_RANK}, so.created_at, so.id`

/**
 * The dispatch board's reads, a fixed number of statements whatever the number of technicians and
 * orders; all but the technicians' rows come as JSON text the route sends as it is.
 */
export class DispatchBoardRepository extends SqlRepository {
  /** The page of technicians in scope (by name), with the count of all in scope. */
  async technicians(scope: DispatchBoardScope, sharedContext: Context = {}): Promise<{ count: number; technicians: BoardTechnicianRow[] }> {
    // One row per technician on the page, each with the count; one row without a technician when
    // the page is empty, so the count is still known.
    const rows = await this.manager(sharedContext).execute<((BoardTechnicianRow | { [K in keyof BoardTechnicianRow]: null }) & { count: number })[]>(
      `WITH scope AS (
         SELECT id, first_name, last_name, color, team_id, user_id, skills, timezone, working_hours
         FROM service_technician
         WHERE deleted_at IS NULL AND is_active = true
           AND (?::text IS NULL OR team_id = ?) AND (?::json IS NULL OR id = ANY(${IDS})))
       SELECT page.*, total.count
       FROM (SELECT count(*)::int AS count FROM scope) total
       LEFT JOIN LATERAL (SELECT * FROM scope ORDER BY first_name, last_name NULLS FIRST, id LIMIT ? OFFSET ?) page ON true
       ORDER BY page.first_name, page.last_name NULLS FIRST, page.id`,
      [scope.team_id ?? null, scope.team_id ?? null, ...Array(2).fill(scope.technician_ids ? JSON.stringify(scope.technician_ids) : null), scope.limit ?? null, scope.offset ?? 0]
    )
    return { count: rows[0].count, technicians: rows.filter((t): t is BoardTechnicianRow & { count: number } => t.id !== null).map(({ count: _, ...t }) => t) }
  }

  /** Each technician's absences and live assignments that meet the window (technicians with neither are left out). */
  async schedules(technicianIds: string[], scope: DispatchBoardScope, sharedContext: Context = {}): Promise<BoardSchedules> {
    const block = jsonObject({
      id: "a.id",
      service_order_id: "a.service_order_id",
      service_order_line_id: "a.service_order_line_id",
      starts_at: iso("a.starts_at"),
      ends_at: iso("a.ends_at"),
      status: "a.status",
      overrides: "a.overrides",
      // The version a move sends back as `expected_updated_at`.
      updated_at: iso("a.updated_at"),
    })
    const absence = jsonObject({ id: "ab.id", starts_at: iso("ab.starts_at"), ends_at: iso("ab.ends_at"), reason: "ab.reason", note: "ab.note" })
    const ids = JSON.stringify(technicianIds)
    const rows = await this.manager(sharedContext).execute<{ technician_id: string; absences: string | null; assignments: string | null }[]>(
      `SELECT coalesce(b.technician_id, ab.technician_id) AS technician_id, ab.absences, b.assignments
       FROM (SELECT a.technician_id, ${jsonArray(block, "a.starts_at")} AS assignments
             FROM service_assignment a WHERE ${IN_WINDOW} GROUP BY a.technician_id) b
       FULL JOIN (SELECT ab.technician_id, ${jsonArray(absence, "ab.starts_at")} AS absences
                  FROM service_technician_absence ab
                  WHERE ab.deleted_at IS NULL AND ab.technician_id = ANY(${IDS}) AND ab.starts_at < ? AND ab.ends_at > ?
                  GROUP BY ab.technician_id) ab ON ab.technician_id = b.technician_id`,
      [ids, scope.from, scope.to, ids, scope.to, scope.from]
    )
    return new Map(rows.map((r) => [r.technician_id, { absences: r.absences ?? "[]", assignments: r.assignments ?? "[]" }]))
  }

  /**
   * The queue of open orders without a live assignment, most urgent first, with the skills their
   * tasks require and their estimated minutes; and each order the window's blocks of the given
   * technicians or the queue name, with its customer's name and its stage, once.
   */
  async references(technicianIds: string[], scope: DispatchBoardScope, sharedContext: Context = {}): Promise<BoardReferences> {
    const entry = jsonObject({
      id: "q.id",
      description: "q.description",
      created_at: iso("q.created_at"),
      required_skills: "q.required_skills",
      estimated_minutes: "q.estimated_minutes",
    })
    const order = jsonObject({
      id: "so.id",
      number: "so.number",
      title: "so.title",
      priority: "so.priority",
      customer_id: "so.customer_id",
      stage_code: "st.code",
      response_due_at: iso("so.response_due_at"),
      resolution_due_at: iso("so.resolution_due_at"),
    })
    // The customer's name as the admin shows it: company, else first and last name, else email.
    const customerName = `coalesce(nullif(c.company_name, ''), nullif(concat_ws(' ', nullif(c.first_name, ''), nullif(c.last_name, '')), ''), c.email)`
    const [row] = await this.manager(sharedContext).execute<BoardReferences[]>(
      `WITH queue AS MATERIALIZED (
         SELECT so.id, so.description, so.created_at,
                coalesce((SELECT array_agg(DISTINCT s) FROM service_order_line l
                          JOIN service_task t ON t.id = l.service_task_id, unnest(t.required_skills) s
                          WHERE l.service_order_id = so.id AND l.deleted_at IS NULL), '{}') AS required_skills,
                (SELECT sum(coalesce(t.default_duration_minutes, 0))::int FROM service_order_line l
                 JOIN service_task t ON t.id = l.service_task_id
                 WHERE l.service_order_id = so.id AND l.deleted_at IS NULL) AS estimated_minutes,
                row_number() OVER (ORDER BY ${QUEUE_ORDER}) AS position
         FROM (SELECT so.* FROM service_order so
               JOIN service_stage st ON st.id = so.stage_id
               WHERE so.deleted_at IS NULL AND so.canceled_at IS NULL AND so.closed_at IS NULL
                 AND st.is_terminal = false AND st.allow_assign = true
                 AND NOT EXISTS (SELECT 1 FROM service_assignment a WHERE a.service_order_id = so.id AND ${LIVE})
               ORDER BY ${QUEUE_ORDER}
               LIMIT ?) so),
       orders AS MATERIALIZED (
         SELECT so.id, so.number, so.title, so.priority, so.customer_id, so.response_due_at, so.resolution_due_at, so.stage_id
         FROM service_order so
         WHERE so.id IN (SELECT a.service_order_id FROM service_assignment a WHERE ${IN_WINDOW} UNION SELECT id FROM queue))
       SELECT (SELECT ${jsonArray(entry, "q.position")} FROM queue q) AS queue,
              (SELECT ${jsonRecord("so.id", order)} FROM orders so JOIN service_stage st ON st.id = so.stage_id) AS service_orders,
              (SELECT ${jsonRecord("c.id", jsonObject({ name: customerName }))} FROM customer c
               WHERE c.id IN (SELECT customer_id FROM orders) AND c.deleted_at IS NULL) AS customers,
              (SELECT ${jsonRecord("st.code", jsonObject({ name: "st.name" }))} FROM service_stage st
               WHERE st.id IN (SELECT stage_id FROM orders)) AS stages`,
      [scope.queue_limit ?? 100, JSON.stringify(technicianIds), scope.from, scope.to]
    )
    return row
  }
}
