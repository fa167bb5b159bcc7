// The dispatch board for one week: the admin's screen of 25 of 200 technicians, one team of 20, and
// all 200 in one answer, over back-to-back two-hour visits on the base orders (100 000
// assignments; the open orders left unassigned form the queue). Its floor b is the board's statements run directly: technicians, their absences and
// assignments in the window (with order and stage), the first 100 of the queue in the board's
// order (SLA urgency, priority, age) with their skills, their customers.
import { measureGet } from "../lib.mjs"
import { filledAt, vacuumAnalyze } from "./base.mjs"

const DAY = 24 * 60 * 60 * 1000
const SLOT_HOURS = 3

/** 200 technicians and 100 000 assignments (5 and 200 for the smoke). */
const sizes = (scale) => (scale === "smoke" ? { technicians: 5, assignments: 200 } : { technicians: 200, assignments: 100_000 })

function firstDay() {
  const start = new Date(Date.now() - 365 * DAY)
  start.setUTCHours(0, 0, 0, 0)
  return start
}

function floorStatements({ from, to, teamId, limit }) {
  const live = "a.deleted_at IS NULL AND a.status <> 'cancelled'"
  // The page of technicians the board shows (limit), and its count.
  const page = `SELECT id FROM service_technician WHERE deleted_at IS NULL AND is_active AND ($1::text IS NULL OR team_id = $1)
                ORDER BY first_name, last_name, id LIMIT $2`
  return [
    [
      `SELECT id, first_name, last_name, color, team_id, skills, timezone, working_hours, user_id, count(*) OVER () FROM service_technician
       WHERE deleted_at IS NULL AND is_active AND ($1::text IS NULL OR team_id = $1) ORDER BY first_name, last_name, id LIMIT $2`,
      [teamId ?? null, limit],
    ],
    [
      `SELECT a.* FROM service_technician_absence a JOIN (${page}) t ON t.id = a.technician_id
       WHERE a.deleted_at IS NULL AND a.starts_at < $4 AND a.ends_at > $3`,
      [teamId ?? null, limit, from, to],
    ],
    [
      `SELECT a.id, a.technician_id, a.service_order_id, a.starts_at, a.ends_at, a.status, a.updated_at,
              so.number, so.title, so.priority, so.customer_id, st.code, st.name
       FROM service_assignment a JOIN (${page}) t ON t.id = a.technician_id
       JOIN service_order so ON so.id = a.service_order_id JOIN service_stage st ON st.id = so.stage_id
       WHERE ${live} AND a.starts_at < $4 AND a.ends_at > $3`,
      [teamId ?? null, limit, from, to],
    ],
    [
      `SELECT so.id, so.number, so.title, so.description, so.priority, so.customer_id, so.created_at, st.code, st.name,
              (SELECT array_agg(DISTINCT s) FROM service_order_line l JOIN service_task t ON t.id = l.service_task_id, unnest(t.required_skills) s
               WHERE l.service_order_id = so.id AND l.deleted_at IS NULL) AS required_skills
       FROM service_order so JOIN service_stage st ON st.id = so.stage_id
       WHERE so.deleted_at IS NULL AND so.closed_at IS NULL AND so.canceled_at IS NULL AND NOT st.is_terminal AND st.allow_assign
         AND NOT EXISTS (SELECT 1 FROM service_assignment a WHERE a.service_order_id = so.id AND ${live})
       ORDER BY least(CASE WHEN so.responded_at IS NULL THEN so.response_due_at END, CASE WHEN so.resolved_at IS NULL THEN so.resolution_due_at END),
         CASE so.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, so.created_at, so.id
       LIMIT 100`,
      [],
    ],
    [`SELECT id, first_name, last_name, company_name, email FROM customer WHERE id = ANY($1)`, [["cus_bench_1", "cus_bench_2"]]],
  ]
}

export default {
  name: "dispatch-board",
  title: "Dispatch board, one week",
  goal: "c/(a+2b) ≤ 1.0; a response sized to one screen",
  async fill({ pg, rows, scale }) {
    const { technicians, assignments } = sizes(scale)
    if (await filledAt(pg, "service_assignment", "sasg_bench_", assignments)) {
      return
    }
    await pg.query("DELETE FROM service_assignment WHERE id LIKE 'sasg_bench_%'")
    await pg.query("DELETE FROM service_technician WHERE id LIKE 'stech_bench_%'")
    await pg.query("DELETE FROM service_dispatch_team WHERE id LIKE 'steam_bench_%'")
    await pg.query(`INSERT INTO service_dispatch_team (id, name) SELECT 'steam_bench_' || i, 'Bench team ' || i FROM generate_series(0, 9) AS i`)
    const hours = '{"start":"08:00","end":"17:00"}'
    await pg.query(
      `INSERT INTO service_technician (id, first_name, last_name, timezone, working_hours, skills, team_id)
       SELECT 'stech_bench_' || i, 'Bench', 'Technician ' || i, 'Europe/Amsterdam', $2::jsonb, '{}', 'steam_bench_' || (i % 10)
       FROM generate_series(0, $1 - 1) AS i`,
      [technicians, JSON.stringify(Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [JSON.parse(hours)]])))]
    )
    // Back to back per technician (no overlaps: the constraint holds) on the first 80 % of the orders.
    await pg.query(
      `INSERT INTO service_assignment (id, service_order_id, technician_id, starts_at, ends_at, status)
       SELECT 'sasg_bench_' || i, 'sord_bench_' || (1 + i % $1), 'stech_bench_' || (i % $2),
         $3::timestamptz + ((i / $2) * interval '${SLOT_HOURS} hours'), $3::timestamptz + ((i / $2) * interval '${SLOT_HOURS} hours') + interval '2 hours', 'planned'
       FROM generate_series(0, $4 - 1) AS i`,
      [Math.max(1, Math.floor(rows * 0.8)), technicians, firstDay(), assignments]
    )
    await vacuumAnalyze(pg, ["service_assignment", "service_technician"])
  },
  async measure(context) {
    const { scale } = context
    const { technicians, assignments } = sizes(scale)
    // A week in the middle of the visits.
    const from = new Date(firstDay().getTime() + ((assignments / technicians) * SLOT_HOURS * 3600 * 1000) / 2)
    const to = new Date(from.getTime() + 7 * DAY)
    // The admin asks for a screen of 25 technicians; "all" is the whole board in one answer, as before paging.
    const variants = [
      { name: "week, a screen of 25 technicians", window: { from, to, limit: 25 } },
      { name: "week, one team", window: { from, to, teamId: "steam_bench_3", limit: 25 } },
      { name: `week, all ${technicians} technicians`, window: { from, to, limit: technicians } },
    ]
    const results = []
    for (const v of variants) {
      const team = v.window.teamId ? `&team_id=${v.window.teamId}` : ""
      const path = `/admin/dispatch-board?from=${from.toISOString()}&to=${to.toISOString()}&limit=${v.window.limit}${team}`
      const { answer, ...measured } = await measureGet(context, path, floorStatements(v.window))
      const blocks = answer.body.technicians.flatMap((t) => t.assignments).length
      results.push({ name: v.name, ...measured, rows: blocks, bytes: answer.bytes })
    }
    return results
  },
}
