/**
 * Benchmark of the service reports (the SQL behind GET /admin/service-reports/*) over BENCH_ROWS
 * service orders (default 100 000) with three lines each, SLA figures, closings and assignments
 * for 50 technicians (no subscriptions: the MRR case measures the month series alone); and a
 * CSV-sized stream of 10 000 rows through the report cursor (time to the first batch, total
 * time, heap growth).
 *
 *   DATABASE_URL=… npx medusa exec ./scripts/bench/reports.ts
 *
 * Rows are inserted set-based and removed afterwards (BENCH_KEEP=1 keeps them).
 */
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService, { ReportFilters, ReportName } from "../../src/modules/service-management/service"
import { insertBenchOrders, measure, removeBenchOrders, table } from "./lib"

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 10)
const TECHS = 50
const DAY = 24 * 3600 * 1000

export default async function bench({ container }: ExecArgs) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  await service.ensureDefaultStages()
  const stages: { id: string }[] = await pg("service_stage").select("id").whereNull("deleted_at")
  const started = Date.now()
  const results: { name: string; matches: number | string; p50: number; p95: number }[] = []
  try {
    await insertBenchOrders(pg, stages.map((s) => s.id), ROWS)
    const hours = JSON.stringify(Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [{ start: "08:00", end: "16:00" }]])))
    await pg.raw(
      `INSERT INTO service_technician (id, first_name, timezone, working_hours)
       SELECT 'stech_bench_' || i, 'Tech ' || i, (ARRAY['UTC','Europe/Riga'])[1 + i % 2], ?::jsonb FROM generate_series(0, ?) AS i`,
      [hours, TECHS - 1]
    )
    await pg.raw(
      `INSERT INTO service_level_agreement (id, code, name, response_minutes, resolution_minutes, timezone, working_hours)
       VALUES ('sla_bench', 'BENCH', 'Bench SLA', 60, 480, 'UTC', ?::jsonb)`,
      [hours]
    )
    // Three lines per order; a third of the orders closed with SLA figures; one assignment each.
    await pg.raw(
      `INSERT INTO service_order_line (id, type, description, quantity, raw_quantity, unit_price, raw_unit_price, unit_cost, raw_unit_cost,
         billable, technician_id, service_order_id)
       SELECT 'sol_bench_' || i || '_' || l, (ARRAY['hour','item','fee'])[l], 'Line ' || l, 1 + i % 3, '{"value":"1","precision":20}',
         10 * l, '{"value":"10","precision":20}', 6 * l, '{"value":"6","precision":20}', l <> 3, 'stech_bench_' || (i % ?), 'sord_bench_' || i
       FROM generate_series(1, ?) AS i, generate_series(1, 3) AS l`,
      [TECHS, ROWS]
    )
    await pg.raw(
      `UPDATE service_order SET sla_id = 'sla_bench', responded_at = created_at + interval '1 hour',
         response_actual_minutes = (id_num % 120), resolution_actual_minutes = CASE WHEN id_num % 3 = 0 THEN id_num % 900 END,
         closed_at = CASE WHEN id_num % 3 = 0 THEN created_at + interval '1 day' END,
         service_object_id = NULL
       FROM (SELECT id AS oid, substring(id from 12)::int AS id_num FROM service_order WHERE id LIKE 'sord_bench_%') x
       WHERE service_order.id = x.oid`
    )
    await pg.raw(
      `INSERT INTO service_assignment (id, service_order_id, technician_id, starts_at, ends_at)
       SELECT 'sasg_bench_' || i, 'sord_bench_' || i, 'stech_bench_' || (i % ?),
         date_trunc('hour', now()) - (i || ' hours')::interval, date_trunc('hour', now()) - (i || ' hours')::interval + interval '1 hour'
       FROM generate_series(1, ?) AS i`,
      [TECHS, ROWS]
    )
    for (const t of ["service_order", "service_order_line", "service_assignment"]) {
      await pg.raw(`ANALYZE ${t}`)
    }
    console.log(`inserted ${ROWS} orders with ${ROWS * 3} lines, SLA figures and assignments in ${Date.now() - started} ms`)

    const now = new Date()
    const year = new Date(now.getTime() - 365 * DAY)
    const cases: [string, ReportName, ReportFilters[ReportName]][] = [
      ["order margin by order, page 1", "order_margin", { group_by: "order", date_field: "created" }],
      ["order margin by customer", "order_margin", { group_by: "customer", date_field: "created" }],
      ["order margin by technician", "order_margin", { group_by: "technician", date_field: "created" }],
      ["order margin by month, last year", "order_margin", { group_by: "month", date_field: "created", from: year }],
      ["order margin of one customer", "order_margin", { group_by: "order", date_field: "created", customer_id: ["cus_bench_7"] }],
      ["SLA compliance by SLA", "sla_compliance", { group_by: "sla", at_risk_minutes: 240, now }],
      ["SLA compliance by technician", "sla_compliance", { group_by: "technician", at_risk_minutes: 240, now }],
      ["subscriptions MRR by month", "subscriptions", { group_by: "month", now }],
      ["field KPIs by technician, 30 days", "field_kpis", { group_by: "technician", from: new Date(now.getTime() - 30 * DAY), to: now, repeat_days: 30, now }],
      ["backlog by age", "field_kpis", { group_by: "age_bucket", from: new Date(now.getTime() - 30 * DAY), to: now, repeat_days: 30, now }],
    ]
    for (const [name, report, filters] of cases) {
      const { p50, p95, result } = await measure(RUNS, () => service.readReport(report, filters, { limit: 50, offset: 0 }))
      results.push({ name, matches: result.count, p50, p95 })
    }
    // A 10 000-row export: the cursor's first batch arrives long before the last.
    let first = 0
    let rows = 0
    const heap = process.memoryUsage().heapUsed
    let peak = heap
    const t0 = Date.now()
    // 67 of the 2 000 customers: about 10 000 lines at 100 000 orders.
    const customers = Array.from({ length: 67 }, (_, i) => `cus_bench_${i}`)
    await service.streamReport("order_margin", { group_by: "line", date_field: "created", customer_id: customers }, 500, async (batch) => {
      first ||= Date.now() - t0
      rows += batch.length
      peak = Math.max(peak, process.memoryUsage().heapUsed)
    })
    results.push({ name: `CSV stream (${rows} rows): first batch ${first} ms, heap +${((peak - heap) / 1e6).toFixed(1)} MB`, matches: rows, p50: Date.now() - t0, p95: Date.now() - t0 })
    console.log(table(`service reports over ${ROWS} orders, ${RUNS} runs each (ms)`, results))
  } finally {
    if (!process.env.BENCH_KEEP) {
      await pg.raw("DELETE FROM service_assignment WHERE id LIKE 'sasg_bench_%'")
      await pg.raw("DELETE FROM service_order_line WHERE id LIKE 'sol_bench_%'")
      // The orders' foreign-key checks scan these tables: without their dead rows, not 300 000 each.
      await pg.raw("VACUUM service_assignment, service_order_line")
      await removeBenchOrders(pg)
      await pg.raw("DELETE FROM service_technician WHERE id LIKE 'stech_bench_%'")
      await pg.raw("DELETE FROM service_level_agreement WHERE id = 'sla_bench'")
    }
  }
}
