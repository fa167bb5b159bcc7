// One server and N workers of the built app on one database and one Redis db, as the production
// tests need them; the database is seeded (scripts/production/seed.ts) before they start.
import { EVENT_TABLE_SQL } from "./counts.mjs"
import { createDatabase, execScript, startMedusa, stopAll, withDb } from "./app.mjs"
import { flushRedisDb } from "./redis.mjs"

export const FIRE_CHANNEL = "production-test:fire"

/** The plugin's three jobs every `seconds` (6-field cron), so Medusa's scheduler fires them often too. */
export const jobsEvery = (seconds) =>
  JSON.stringify(
    Object.fromEntries(["subscriptionBilling", "agreementGeneration", "slaBreachCheck"].map((k) => [k, { schedule: `*/${seconds} * * * * *` }]))
  )

/**
 * A fresh database `database` (migrated, seeded) and an emptied Redis db, then one server and
 * `workers` workers from port `basePort` on. `env` reaches every process. Returns the processes,
 * the seed's counts and `stop()`.
 */
export async function startCluster({ database, redisUrl, basePort, workers = 2, env = {}, seedCustomers = 6 }) {
  const databaseUrl = await createDatabase(database)
  await withDb(databaseUrl, (db) => db.query(EVENT_TABLE_SQL))
  await flushRedisDb(redisUrl)
  const output = await execScript("./scripts/production/seed.js", {
    databaseUrl,
    redisUrl,
    env: { PRODUCTION_SEED_CUSTOMERS: String(seedCustomers) },
  })
  const line = output.split("\n").find((l) => l.startsWith("production-seed: "))
  if (!line) {
    throw new Error(`the seed printed no summary:\n${output.slice(-2000)}`)
  }
  const seeded = JSON.parse(line.slice("production-seed: ".length))
  const common = { databaseUrl, redisUrl, env: { PRODUCTION_TEST_FIRE_CHANNEL: FIRE_CHANNEL, ...env } }
  const processes = await Promise.all([
    startMedusa({ ...common, name: `${database}-server`, mode: "server", port: basePort }),
    ...Array.from({ length: workers }, (_, i) =>
      startMedusa({ ...common, name: `${database}-worker-${i + 1}`, mode: "worker", port: basePort + 1 + i })
    ),
  ])
  const [server, ...workerProcesses] = processes
  return { databaseUrl, seeded, server, workers: workerProcesses, stop: () => stopAll(processes) }
}
