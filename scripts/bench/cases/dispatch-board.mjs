// The dispatch board for one week: the admin's screen of 25 of 200 technicians, one team of 20, and
// all 200 in one answer, over back-to-back two-hour visits on the base orders (100 000
// assignments; the open orders left unassigned form the queue). Its floor b is the board's own
// statements run directly (the built repository's: technicians, their absences and assignments in
// the window, the first 100 of the queue in the board's order with the orders, customers and
// stages they name); before 2026-12-05 (evening) b was a hand-written equivalent whose queue
// statement scanned the orders at 1M, so b was larger than what the route runs.
import { built, measureGet, pgManager } from "../lib.mjs"
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

/**
 * Floor b: the board's own SQL run directly — the built `DispatchBoardRepository`'s three
 * statements the route sends (the page of technicians, their schedules, the queue with what the
 * board names), one after another on the benchmark's pg client.
 */
function ownSql(pg, { from, to, teamId, limit }) {
  const { DispatchBoardRepository } = built("repositories/index.js")
  const manager = pgManager(pg)
  const boards = new DispatchBoardRepository({ manager })
  const scope = { from, to, team_id: teamId, limit, offset: 0 }
  return async () => {
    const { technicians } = await boards.technicians(scope, { manager })
    const ids = technicians.map((t) => t.id)
    await boards.schedules(ids, scope, { manager })
    await boards.references(ids, scope, { manager })
  }
}

export default {
  name: "dispatch-board",
  title: "Dispatch board, one week",
  goal: "c/(a+2b) ≤ 1.0; a response sized to one screen",
  async fill({ pg, rows, scale }) {
    const { technicians, assignments } = sizes(scale)
    if (await filledAt(pg, "service_assignment", "^sasg_bench_", assignments)) {
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
      const { answer, ...measured } = await measureGet(context, path, ownSql(context.pg, v.window))
      const blocks = answer.body.technicians.flatMap((t) => t.assignments).length
      results.push({ name: v.name, ...measured, rows: blocks, bytes: answer.bytes })
    }
    return results
  },
}
