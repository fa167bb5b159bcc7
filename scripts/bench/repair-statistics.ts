/**
 * Benchmark of repair statistics (the grouped count behind GET /admin/repair-statistics) and of an
 * object's repair history, over BENCH_ROWS repair lines (default 100 000) on 20 000 service
 * orders, 10 000 objects, one BOM with 3 versions × 40 components and 100 repair codes.
 *
 *   DATABASE_URL=… npx medusa exec ./scripts/bench/repair-statistics.ts
 *
 * Rows are inserted set-based and removed afterwards (BENCH_KEEP=1 keeps them).
 */
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { insertBenchOrders, measure, removeBenchOrders, table } from "./lib"

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 25)
const ORDERS = 20_000
const OBJECTS = 10_000

export default async function bench({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  await service.ensureDefaultStages()
  const stages: { id: string }[] = await pg("service_stage").select("id").whereNull("deleted_at")

  const started = Date.now()
  const results: { name: string; matches: number; p50: number; p95: number }[] = []
  try {
    await insertBenchOrders(pg, stages.map((s) => s.id), ORDERS)
    // 5 areas per kind with 15 codes each for symptoms and diagnoses; 10 resolutions, 5 conditions.
    await pg.raw(
      `INSERT INTO service_repair_code (id, kind, code, label, parent_id, position)
       SELECT 'srcd_bench_' || k || '_' || i, k, 'BENCH-' || upper(k) || '-' || i, k || ' ' || i,
         CASE WHEN k IN ('symptom', 'diagnosis') THEN 'srcd_bench_' || k || '_area_' || (i % 5) END, i
       FROM unnest(ARRAY['symptom', 'diagnosis', 'resolution', 'condition']) AS k,
            generate_series(0, CASE WHEN k IN ('symptom', 'diagnosis') THEN 14 WHEN k = 'resolution' THEN 9 ELSE 4 END) AS i
       UNION ALL
       SELECT 'srcd_bench_' || k || '_area_' || i, k || '_area', 'BENCH-' || upper(k) || '-AREA-' || i, k || ' area ' || i, NULL, i
       FROM unnest(ARRAY['symptom', 'diagnosis']) AS k, generate_series(0, 4) AS i`
    )
    await pg.raw(`INSERT INTO service_bom (id, product_id, name) VALUES ('sbom_bench', 'prod_bench', 'Benchmark BOM')`)
    await pg.raw(
      `INSERT INTO service_bom_version (id, version, status, valid_from, bom_id)
       SELECT 'sbv_bench_' || v, v, 'draft', now() - ((4 - v) || ' years')::interval, 'sbom_bench' FROM generate_series(1, 3) AS v`
    )
    await pg.raw(
      `INSERT INTO service_bom_component (id, title, quantity, raw_quantity, position, version_id)
       SELECT 'sbc_bench_' || v || '_' || c, 'Part ' || c, 1, '{"value":"1","precision":20}', c, 'sbv_bench_' || v
       FROM generate_series(1, 3) AS v, generate_series(0, 39) AS c`
    )
    await pg.raw(
      `INSERT INTO service_object (id, name, customer_id, bom_version_id)
       SELECT 'sobj_bench_' || i, 'Benchmark object ' || i, 'cus_bench_' || (i % 2000), 'sbv_bench_' || (1 + i % 3)
       FROM generate_series(0, ?) AS i`,
      [OBJECTS - 1]
    )
    // Skewed on purpose (i*i): a few symptoms and components recur far more often, as in real data.
    await pg.raw(
      `INSERT INTO service_repair_line (id, status, service_order_id, service_object_id, product_id, bom_version_id,
         symptom_area_id, symptom_code_id, diagnosis_area_id, diagnosis_code_id, resolution_code_id, condition_code_id,
         bom_component_id, created_at)
       SELECT 'srln_bench_' || i, (ARRAY['open','diagnosed','repaired','verified'])[1 + i % 4],
         'sord_bench_' || (1 + i % ?), 'sobj_bench_' || (i % ?), 'prod_bench', 'sbv_bench_' || (1 + (i % ?) % 3),
         'srcd_bench_symptom_area_' || ((i::bigint * i) % 15 % 5), 'srcd_bench_symptom_' || ((i::bigint * i) % 15),
         'srcd_bench_diagnosis_area_' || ((i * 7) % 15 % 5), 'srcd_bench_diagnosis_' || ((i * 7) % 15),
         'srcd_bench_resolution_' || (i % 10), 'srcd_bench_condition_' || (i % 5),
         'sbc_bench_' || (1 + (i % ?) % 3) || '_' || ((i::bigint * i) % 40), now() - ((i % 720) || ' hours')::interval
       FROM generate_series(0, ?) AS i`,
      [ORDERS, OBJECTS, OBJECTS, OBJECTS, ROWS - 1]
    )
    await pg.raw("ANALYZE service_repair_line")
    console.log(`inserted ${ROWS} repair lines (and their orders, objects, BOM, codes) in ${Date.now() - started} ms`)

    const twoWeeksAgo = new Date(Date.now() - 14 * 24 * 3600 * 1000)
    const cases: [string, Parameters<ServiceManagementModuleService["countRepairLines"]>[0]][] = [
      ["statistics: all repairs", {}],
      ["statistics: one product", { product_id: ["prod_bench"] }],
      ["statistics: one BOM version", { bom_version_id: ["sbv_bench_2"] }],
      ["statistics: one component", { bom_component_id: ["sbc_bench_2_4"] }],
      ["statistics: last 14 days", { from: twoWeeksAgo }],
    ]
    for (const [name, filters] of cases) {
      const { p50, p95, result } = await measure(RUNS, () => service.countRepairLines(filters))
      results.push({ name, matches: result.find((r) => r.dimension === "total")?.count ?? 0, p50, p95 })
    }
    const history = await measure(RUNS, () =>
      query.graph({
        entity: "service_repair_line",
        fields: ["id", "status", "created_at", "service_order.number", "symptom_code.code", "diagnosis_code.code", "bom_component.title"],
        filters: { service_object_id: "sobj_bench_4242" },
        pagination: { skip: 0, take: 20, order: { created_at: "DESC" } },
      })
    )
    results.push({ name: "one object's repair history, page 1", matches: history.result.metadata!.count, ...history })
  } finally {
    if (!process.env.BENCH_KEEP) {
      await pg.raw("DELETE FROM service_repair_line WHERE id LIKE 'srln_bench_%'")
      await pg.raw("DELETE FROM service_object WHERE id LIKE 'sobj_bench_%'")
      await pg.raw("DELETE FROM service_bom WHERE id = 'sbom_bench'")
      await pg.raw("DELETE FROM service_repair_code WHERE id LIKE 'srcd_bench_%'")
      await removeBenchOrders(pg)
    }
  }
  console.log(table(`repair statistics over ${ROWS} repair lines, ${RUNS} runs each (ms)`, results))
}
