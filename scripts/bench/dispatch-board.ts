/**
 * Benchmark of the dispatch board (GET /admin/dispatch-board's loader) over BENCH_ROWS
 * assignments (default 100 000) of 200 technicians in 10 teams (two months of back-to-back visits), on 50 000
 * service orders of which a fifth are open and unassigned (the queue).
 *
 *   DATABASE_URL=… npx medusa exec ./scripts/bench/dispatch-board.ts
 *
 * Rows are inserted set-based and removed afterwards (BENCH_KEEP=1 keeps them).
 */
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadDispatchBoard } from "../../src/api/admin/dispatch-board/board"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { insertBenchOrders, measure, removeBenchOrders, table } from "./lib"

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 25)
const ORDERS = 50_000
const TECHNICIANS = 200
const DAY = 24 * 60 * 60 * 1000

export default async function bench({ container }: ExecArgs) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  await service.ensureDefaultStages()
  const stages: { id: string; code: string }[] = await pg("service_stage").select("id", "code").whereNull("deleted_at")
  const open = stages.filter((s) => ["requested", "scheduled", "in_progress"].includes(s.code)).map((s) => s.id)

  const started = Date.now()
  const start = new Date(Date.now() - 365 * DAY)
  start.setUTCHours(0, 0, 0, 0)
  try {
    await insertBenchOrders(pg, open, ORDERS)
    await pg.raw(
      `INSERT INTO service_dispatch_team (id, name) SELECT 'steam_bench_' || i, 'Bench team ' || i FROM generate_series(0, 9) AS i`
    )
    await pg.raw(
      `INSERT INTO service_technician (id, first_name, last_name, timezone, working_hours, skills, team_id)
       SELECT 'stech_bench_' || i, 'Bench', 'Technician ' || i, 'Europe/Amsterdam',
         '{"1":[{"start":"08:00","end":"17:00"}],"2":[{"start":"08:00","end":"17:00"}],"3":[{"start":"08:00","end":"17:00"}],"4":[{"start":"08:00","end":"17:00"}],"5":[{"start":"08:00","end":"17:00"}]}'::jsonb,
         '{}', 'steam_bench_' || (i % 10)
       FROM generate_series(0, ?) AS i`,
      [TECHNICIANS - 1]
    )
    // Two-hour visits, one after another per technician (no overlaps: the constraint holds), on the
    // first 80% of the orders; the rest stay unassigned for the queue.
    await pg.raw(
      `INSERT INTO service_assignment (id, service_order_id, technician_id, starts_at, ends_at, status)
       SELECT 'sasg_bench_' || i, 'sord_bench_' || (1 + i % ?), 'stech_bench_' || (i % ?),
         ?::timestamptz + ((i / ?) * interval '3 hours'), ?::timestamptz + ((i / ?) * interval '3 hours') + interval '2 hours', 'planned'
       FROM generate_series(0, ?) AS i`,
      [Math.floor(ORDERS * 0.8), TECHNICIANS, start, TECHNICIANS, start, TECHNICIANS, ROWS - 1]
    )
    await pg.raw("ANALYZE service_assignment; ANALYZE service_technician; ANALYZE service_order")
    console.log(`inserted ${ROWS} assignments, ${TECHNICIANS} technicians, ${ORDERS} orders in ${Date.now() - started} ms`)

    // A window in the middle of the data.
    const from = new Date(start.getTime() + Math.floor((ROWS / TECHNICIANS) * 3 * 60 * 60 * 1000) / 2)
    const cases: [string, Parameters<typeof loadDispatchBoard>[1]][] = [
      ["day, all technicians", { from, to: new Date(from.getTime() + DAY) }],
      ["week, all technicians", { from, to: new Date(from.getTime() + 7 * DAY) }],
      ["week, one team", { from, to: new Date(from.getTime() + 7 * DAY), team_id: "steam_bench_3" }],
      ["month, one team", { from, to: new Date(from.getTime() + 31 * DAY), team_id: "steam_bench_3" }],
      ["my work: one technician, a week", { from, to: new Date(from.getTime() + 7 * DAY), technician_ids: ["stech_bench_7"], queue_limit: 0 }],
    ]
    const rows: { name: string; matches: string; p50: number; p95: number }[] = []
    for (const [name, window] of cases) {
      const { p50, p95, result } = await measure(RUNS, () => loadDispatchBoard(container, window))
      const assignments = result.technicians.reduce((n, t) => n + t.assignments.length, 0)
      rows.push({ name, matches: `${result.technicians.length} tech., ${assignments} assign., ${result.queue.length} queued`, p50, p95 })
    }
    console.log(table(`Dispatch board over ${ROWS} assignments (ms)`, rows))
  } finally {
    if (!process.env.BENCH_KEEP) {
      await pg.raw("DELETE FROM service_assignment WHERE id LIKE 'sasg_bench_%'")
      await pg.raw("DELETE FROM service_technician WHERE id LIKE 'stech_bench_%'")
      await pg.raw("DELETE FROM service_dispatch_team WHERE id LIKE 'steam_bench_%'")
      await removeBenchOrders(pg)
    }
  }
}
