import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { Client } from "pg"
import { SERVICE_MANAGEMENT_MODULE } from ".."
import ServiceManagementModuleService from "../service"

jest.setTimeout(120000)

/**
 * A schema's columns, indexes and constraints, each as Postgres prints it back (`pg_get_*def`),
 * but for the migrations' own bookkeeping table.
 */
async function catalog(client: Client, schema: string): Promise<Map<string, string>> {
  // Names are printed unqualified for the schema on the search path: both schemas print alike.
  await client.query(`SET search_path TO ${client.escapeIdentifier(schema)}`)
  const { rows } = await client.query<{ key: string; def: string }>(
    `SELECT 'column ' || table_name || '.' || column_name AS key,
            concat_ws(' ', data_type, CASE WHEN is_nullable = 'NO' THEN 'not null' END, 'default ' || column_default) AS def
       FROM information_schema.columns WHERE table_schema = $1
     UNION ALL
     SELECT 'index ' || c.relname, regexp_replace(pg_get_indexdef(c.oid), ' ON \\S+\\.', ' ON ')
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE c.relnamespace = $1::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
     UNION ALL
     SELECT 'constraint ' || conrelid::regclass || '.' || conname, pg_get_constraintdef(oid)
       FROM pg_constraint WHERE connamespace = $1::regnamespace`,
    [schema]
  )
  return new Map(rows.filter((r) => !r.key.includes("mikro_orm_migrations")).map((r) => [r.key, r.def]))
}

/** Runs `fn` with a client of the test's database of its own (its search path is `catalog`'s to set). */
async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Keys in `a` and not in `b`, sorted. */
const missingFrom = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((k) => !b.has(k)).sort()

/**
 * What the migrations hold that no model can say: DML declares neither exclusion constraints
 * (two live, overlapping windows refused in Postgres) nor expression indexes.
 */
const ONLY_MIGRATED = [
  "constraint service_assignment.service_assignment_no_overlap",
  "constraint service_bom_version.service_bom_version_approved_no_overlap",
  // The dispatch queue's order (earliest open SLA target, then priority).
  "index IDX_service_order_dispatch_queue",
]
/**
 * DML adds an index for every belongsTo; a migration dropped this one for the composite
 * (service_object_id, created_at) index, which leads with the same column.
 */
const ONLY_IN_MODELS = ["index IDX_service_order_service_object_id"]
/** Indexes a migration widened with INCLUDE columns (DML cannot declare them): otherwise the model's. */
const WITH_INCLUDE = ["index IDX_service_order_sla_id_created_at", "index IDX_service_subscription_fee_transaction_period_start"]

/**
 * What a down leaves other than its up found it, on purpose: back to a stricter rule than rows
 * written since may meet, the check returns NOT VALID (new rows held to it, old ones not
 * rechecked) rather than failing the rollback.
 */
const DOWN_LEAVES = [
  "Migration20261204171500 down: constraint service_subscription.service_subscription_end_after_start is CHECK (((end_date IS NULL) OR (end_date > start_date))) NOT VALID, was CHECK (((end_date IS NULL) OR (end_date > start_date)))",
]

/*
 * Tests and production run the migrations; `plugin:db:generate` and the queries that expect an
 * index (its predicate must be the query's text) follow the models. MikroORM's own schema diff
 * compares indexes by name and columns only, and checks not at all, so a migration whose index
 * predicate or check drifted from the model's passes it. This compares what Postgres holds after
 * the migrations with what it holds after creating the models' schema, object by object, each
 * definition as Postgres prints it back; and, as `db:rollback` runs the downs of a release, what
 * each migration's down leaves with what its up found.
 */
moduleIntegrationTestRunner<ServiceManagementModuleService>({
  moduleName: SERVICE_MANAGEMENT_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ MikroOrmWrapper }) => {
    it("the migrations create the schema the models declare, and besides only what the models cannot say", async () => {
      const orm = MikroOrmWrapper.getOrm()
      const modelsDdl = await orm.getSchemaGenerator().getCreateSchemaSQL({ wrap: false })
      await withClient(orm.config.getClientUrl(), async (client) => {
        await client.query("DROP SCHEMA IF EXISTS from_models CASCADE; CREATE SCHEMA from_models")
        await client.query(`SET search_path TO from_models; ${modelsDdl}`)
        const models = await catalog(client, "from_models")
        await client.query("DROP SCHEMA from_models CASCADE")
        const migrated = await catalog(client, "public")
        const withoutInclude = (key: string) => migrated.get(key)!.replace(/ INCLUDE \([^)]*\)/, "")

        expect({
          onlyMigrated: missingFrom(migrated, models),
          onlyInModels: missingFrom(models, migrated),
          differing: [...models.keys()]
            .filter((k) => migrated.has(k) && (WITH_INCLUDE.includes(k) ? withoutInclude(k) : migrated.get(k)) !== models.get(k))
            .map((k) => `${k}: migrated ${migrated.get(k)}, model ${models.get(k)}`),
        }).toEqual({ onlyMigrated: ONLY_MIGRATED, onlyInModels: ONLY_IN_MODELS, differing: [] })
        for (const key of WITH_INCLUDE) {
          expect(migrated.get(key)).toMatch(/ INCLUDE \(/)
        }
        expect(models.size).toBeGreaterThan(500)
      })
    })

    it("each migration's down restores exactly the schema its up found", async () => {
      const orm = MikroOrmWrapper.getOrm()
      const migrator = orm.getMigrator()
      const names = (await migrator.getExecutedMigrations()).map((m) => m.name)
      await withClient(orm.config.getClientUrl(), async (client) => {
        await migrator.down({ to: 0 })
        expect((await catalog(client, "public")).size).toBe(0)
        // Each migration on the schema the ones before it left: up, down — the schema it started
        // from, definition by definition — then up again for the next.
        const drifts: string[] = []
        for (const name of names) {
          const before = await catalog(client, "public")
          await migrator.up({ migrations: [name] })
          await migrator.down()
          const after = await catalog(client, "public")
          const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k))
          drifts.push(...changed.map((k) => `${name} down: ${k} is ${after.get(k) ?? "missing"}, was ${before.get(k) ?? "missing"}`))
          await migrator.up({ migrations: [name] })
        }
        expect(drifts).toEqual(DOWN_LEAVES)
        expect(await migrator.getPendingMigrations()).toEqual([])
      })
    })
  },
})
