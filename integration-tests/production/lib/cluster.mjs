// Server and workers of the built app on one database and one Redis db, as the production tests
// need them; the database is seeded (scripts/production/seed.ts) before any of them starts.
import { EVENT_TABLE_SQL } from "./counts.mjs"
import { createDatabase, execScript, startMedusa, stopAll, withDb } from "./app.mjs"
import { flushRedisDb } from "./redis.mjs"

export const FIRE_CHANNEL = "production-test:fire"

/**
 * A fresh database `database` (migrated, seeded with `seedCustomers` customers' work) and an
 * emptied Redis db, then one API server (unless `server: false`) and `workers` workers, ports from
 * `basePort` on. `env` reaches every process; `startWorker()` adds a worker later. Each worker
 * knows its name (PRODUCTION_TEST_WORKER_NAME), by which a fire round can pick it.
 */
export async function startCluster({ database, redisUrl, basePort, workers = 2, server = true, env = {}, seedCustomers = 6 }) {
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
  const common = { databaseUrl, redisUrl, env: { PRODUCTION_TEST_FIRE_CHANNEL: FIRE_CHANNEL, ...env } }
  const started = []
  let workerCount = 0
  const startWorker = async () => {
    const i = ++workerCount
    const name = `${database}-worker-${i}`
    const env = { ...common.env, PRODUCTION_TEST_WORKER_NAME: name }
    const worker = await startMedusa({ ...common, env, name, mode: "worker", port: basePort + i })
    started.push(worker)
    return worker
  }
  const [serverProcess, ...workerProcesses] = await Promise.all([
    server ? startMedusa({ ...common, name: `${database}-server`, mode: "server", port: basePort }) : undefined,
    ...Array.from({ length: workers }, startWorker),
  ])
  if (serverProcess) {
    started.push(serverProcess)
  }
  return {
    databaseUrl,
    seeded: JSON.parse(line.slice("production-seed: ".length)),
    server: serverProcess,
    workers: workerProcesses,
    startWorker,
    stop: () => stopAll(started),
  }
}
