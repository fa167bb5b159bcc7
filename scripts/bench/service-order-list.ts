/**
 * Benchmark of the service order list as the admin route runs it (query.graph with the route's
 * default fields), over BENCH_ROWS service orders (default 100 000).
 *
 *   DATABASE_URL=… npx medusa exec ./scripts/bench/service-order-list.ts
 *
 * Rows are inserted with one set-based INSERT and removed afterwards (BENCH_KEEP=1 keeps them).
 */
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defaultAdminServiceOrderListFields } from "../../src/api/admin/service-orders/query-config"
import { serviceOrderFilters } from "../../src/api/admin/service-orders/helpers"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 25)

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

export default async function bench({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await container.resolve(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
  const stages: { id: string; code: string }[] = await pg("service_stage").select("id", "code").whereNull("deleted_at")

  const started = Date.now()
  await pg.raw(
    `INSERT INTO service_order (id, display_id, number, customer_id, title, priority, channel, currency_code,
       stage_id, revenue_total, cost_total, margin_total, created_at, updated_at)
     SELECT 'sord_bench_' || i, 900000000 + i, 'BENCH-' || lpad(i::text, 7, '0'), 'cus_bench_' || (i % 2000),
       'Benchmark order ' || i, (ARRAY['low','normal','high','urgent'])[1 + i % 4], 'admin', 'usd',
       (?::text[])[1 + i % ?], i % 500, i % 300, i % 500 - i % 300, now() - (i || ' minutes')::interval, now()
     FROM generate_series(1, ?) AS i`,
    [stages.map((s) => s.id), stages.length, ROWS]
  )
  await pg.raw("ANALYZE service_order")
  console.log(`inserted ${ROWS} service orders in ${Date.now() - started} ms`)

  const cases: [string, Record<string, unknown>, { skip: number; take: number; order: Record<string, string> }][] = [
    ["newest first, page 1", {}, { skip: 0, take: 20, order: { created_at: "DESC" } }],
    ["one customer", { customer_id: "cus_bench_42" }, { skip: 0, take: 20, order: { created_at: "DESC" } }],
    ["one stage by code", serviceOrderFilters({ stage_code: "in_progress" }), { skip: 0, take: 20, order: { created_at: "DESC" } }],
    ["open orders", serviceOrderFilters({ is_open: true }), { skip: 0, take: 20, order: { created_at: "DESC" } }],
    ["search by number", { q: "BENCH-0054321" }, { skip: 0, take: 20, order: { created_at: "DESC" } }],
    ["deep page (offset 50 000)", {}, { skip: 50_000, take: 20, order: { created_at: "DESC" } }],
  ]
  const results: string[] = []
  try {
    for (const [name, filters, pagination] of cases) {
      const times: number[] = []
      let count = 0
      for (let i = 0; i < RUNS; i++) {
        const t = process.hrtime.bigint()
        const { metadata } = await query.graph({
          entity: "service_order",
          fields: defaultAdminServiceOrderListFields,
          filters,
          pagination,
        })
        times.push(Number(process.hrtime.bigint() - t) / 1e6)
        count = metadata!.count
      }
      times.sort((a, b) => a - b)
      results.push(
        `| ${name} | ${count} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`
      )
    }
  } finally {
    if (!process.env.BENCH_KEEP) {
      await pg.raw("DELETE FROM service_order WHERE id LIKE 'sord_bench_%'")
    }
  }
  console.log(`\nservice order list over ${ROWS} rows, ${RUNS} runs each (ms)\n`)
  console.log("| case | matches | p50 | p95 |\n|---|---|---|---|\n" + results.join("\n"))
}
