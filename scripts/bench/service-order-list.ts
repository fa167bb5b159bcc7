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
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { insertBenchOrders, measure, removeBenchOrders, table } from "./lib"

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 25)

export default async function bench({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
  const stages: { id: string; code: string }[] = await pg("service_stage").select("id", "code").whereNull("deleted_at")

  const started = Date.now()
  await insertBenchOrders(pg, stages.map((s) => s.id), ROWS)
  console.log(`inserted ${ROWS} service orders in ${Date.now() - started} ms`)

  const cases: [string, Record<string, unknown>, { skip: number; take: number; order: Record<string, string> }][] = [
    ["newest first, page 1", {}, { skip: 0, take: 20, order: { created_at: "DESC" } }],
    ["one customer", { customer_id: "cus_bench_42" }, { skip: 0, take: 20, order: { created_at: "DESC" } }],
    ["one stage by code", serviceOrderFilters({ stage_code: "in_progress" }), { skip: 0, take: 20, order: { created_at: "DESC" } }],
    ["open orders", serviceOrderFilters({ is_open: true }), { skip: 0, take: 20, order: { created_at: "DESC" } }],
    ["search by number", { q: "BENCH-0054321" }, { skip: 0, take: 20, order: { created_at: "DESC" } }],
    ["deep page (offset 50 000)", {}, { skip: 50_000, take: 20, order: { created_at: "DESC" } }],
  ]
  const results: { name: string; matches: number; p50: number; p95: number }[] = []
  try {
    for (const [name, filters, pagination] of cases) {
      const { p50, p95, result } = await measure(RUNS, () =>
        query.graph({ entity: "service_order", fields: defaultAdminServiceOrderListFields, filters, pagination })
      )
      results.push({ name, matches: result.metadata!.count, p50, p95 })
    }
  } finally {
    if (!process.env.BENCH_KEEP) {
      await removeBenchOrders(pg)
    }
  }
  console.log(table(`service order list over ${ROWS} rows, ${RUNS} runs each (ms)`, results))
}
