import { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { moduleIntegrationTestRunner, SuiteOptions } from "@medusajs/test-utils"
import path from "path"
import { SERVICE_MANAGEMENT_MODULE } from "../.."
import ServiceManagementModuleService from "../../service"

/**
 * The module's integration runner for tests of Postgres's plans: before each test the default
 * stages exist and `fill` has written its rows (set-based) and taken their statistics, so a plan
 * is the one a table of that size gets.
 */
export function plannedTablesTestRunner(
  fill: (manager: SqlEntityManager) => Promise<void>,
  testSuite: (options: SuiteOptions<ServiceManagementModuleService>) => void
) {
  moduleIntegrationTestRunner<ServiceManagementModuleService>({
    moduleName: SERVICE_MANAGEMENT_MODULE,
    resolve: path.join(__dirname, "..", ".."),
    pathToMigrations: path.join(__dirname, "..", "..", "migrations"),
    testSuite: (options) => {
      beforeEach(async () => {
        await options.service.ensureDefaultStages()
        await fill(options.MikroOrmWrapper.forkManager())
      })
      testSuite(options)
    },
  })
}

/** The plan Postgres ran `sql` with (`EXPLAIN ANALYZE` without costs or timings), as one text. */
export async function analyzedPlan(manager: SqlEntityManager, sql: string, params: unknown[] = []): Promise<string> {
  const rows: { "QUERY PLAN": string }[] = await manager.execute(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${sql}`, params)
  return rows.map((r) => r["QUERY PLAN"]).join("\n")
}
