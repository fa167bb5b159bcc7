#!/usr/bin/env node
// `npm run dev`: a running demo of the plugin with nothing installed on the machine.
//
// 1. Database: DATABASE_URL when set (env or .env); otherwise an embedded PostgreSQL whose data
//    stays in .medusa-data/postgres (git-ignored; `medusa develop` does not watch dot-folders).
// 2. `medusa db:migrate`, then scripts/seed-demo.ts (idempotent: a second start adds nothing)
//    which also makes sure the admin user exists.
// 3. `medusa develop`. Ctrl-C / SIGTERM stops Medusa first, then PostgreSQL.
//
// Env: MEDUSA_ADMIN_EMAIL / MEDUSA_ADMIN_PASSWORD (admin login), PORT (9000),
//      SEED_DEMO=false (only the admin user, no demo data), DATABASE_URL.
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { findFreePort, onShutdownSignal, startEmbeddedPostgres } from "./lib/embedded-pg.mjs"
import { medusaBin, ROOT, run, seconds, stopGroup, waitForHttp } from "./lib/proc.mjs"

const DEMO_DATABASE = "medusa_service_demo"
const DATA_DIR = path.join(ROOT, ".medusa-data", "postgres")
const started = Date.now()

if (fs.existsSync(path.join(ROOT, ".env"))) {
  // Values already in the environment win, as with Medusa's own loadEnv.
  process.loadEnvFile(path.join(ROOT, ".env"))
}

const port = Number(process.env.PORT || 9000)
const admin = {
  email: process.env.MEDUSA_ADMIN_EMAIL || "admin@example.com",
  password: process.env.MEDUSA_ADMIN_PASSWORD || "supersecret",
}

let database // { url, stop?, embedded }
let currentChild // the detached child running now (its pid is its process group id)
let shuttingDown = false

async function shutdown(signal, code) {
  if (shuttingDown) {
    return
  }
  shuttingDown = true
  if (signal) {
    console.log(`\n[dev] ${signal} received: stopping Medusa${database?.stop ? ", then PostgreSQL" : ""}…`)
  }
  if (currentChild?.pid) {
    await stopGroup(currentChild.pid, { signal: "SIGTERM", graceMs: 20000 })
  }
  if (database?.stop) {
    await database.stop().catch((e) => console.error("[dev] Stopping PostgreSQL failed:", e))
    console.log("[dev] PostgreSQL stopped.")
  }
  process.exit(code ?? (signal ? 0 : 1))
}

onShutdownSignal((signal) => shutdown(signal))

const childEnv = () => ({
  ...process.env,
  DATABASE_URL: database.url,
  MEDUSA_DISABLE_TELEMETRY: "true",
  MEDUSA_ADMIN_EMAIL: admin.email,
  MEDUSA_ADMIN_PASSWORD: admin.password,
})

/** Runs a medusa command as a detached child so a shutdown can stop all it forks. */
async function medusa(args, { allowFailure = false } = {}) {
  const result = await run(medusaBin(), args, {
    env: childEnv(),
    detached: true,
    onSpawn: (child) => (currentChild = child),
  })
  currentChild = undefined
  if (shuttingDown) {
    await new Promise(() => {}) // the signal handler exits the process
  }
  if (result.code !== 0 && !allowFailure) {
    throw new Error(`medusa ${args.join(" ")} failed with exit code ${result.code}`)
  }
  return result
}

function describeDatabase(url) {
  const u = new URL(url)
  if (u.password) {
    u.password = "***"
  }
  return u.toString()
}

async function publishableKey() {
  const client = new pg.Client({ connectionString: database.url })
  try {
    await client.connect()
    // The key the seed made sure of: a publishable key linked to the store's default sales channel.
    const { rows } = await client.query(
      `SELECT k.token FROM api_key k
         JOIN publishable_api_key_sales_channel l ON l.publishable_key_id = k.id AND l.deleted_at IS NULL
         JOIN store s ON s.default_sales_channel_id = l.sales_channel_id AND s.deleted_at IS NULL
        WHERE k.type = 'publishable' AND k.revoked_at IS NULL AND k.deleted_at IS NULL
        ORDER BY k.created_at LIMIT 1`
    )
    return rows[0]?.token
  } catch {
    return undefined
  } finally {
    await client.end().catch(() => {})
  }
}

function banner(key) {
  const line = "─".repeat(72)
  const demo = process.env.SEED_DEMO !== "false"
  console.log(
    [
      "",
      line,
      "  Medusa + medusa-plugin-service-management is running",
      line,
      `  Admin            http://localhost:${port}/app`,
      `  Admin login      ${admin.email} / ${admin.password}`,
      demo ? `  Demo customer    customer@example.com / supersecret (storefront, emailpass)` : undefined,
      key ? `  Publishable key  ${key}` : undefined,
      `  Store API        http://localhost:${port}/store   (header x-publishable-api-key)`,
      `  Health           http://localhost:${port}/health`,
      `  Database         ${describeDatabase(database.url)}${database.embedded ? `  (embedded, data in ${path.relative(ROOT, DATA_DIR)})` : ""}`,
      `  Stop             Ctrl-C${database.embedded ? " (stops Medusa, then PostgreSQL)" : ""}`,
      line,
      "",
    ]
      .filter((l) => l !== undefined)
      .join("\n")
  )
}

async function main() {
  if ((await findFreePort(port)) !== port) {
    throw new Error(`Port ${port} is in use (another Medusa running?). Stop it, or choose another port: PORT=9001 npm run dev`)
  }
  if (process.env.DATABASE_URL) {
    database = { url: process.env.DATABASE_URL, embedded: false }
    console.log(`[dev] Using DATABASE_URL ${describeDatabase(database.url)}`)
  } else {
    const t = Date.now()
    const server = await startEmbeddedPostgres({ dir: DATA_DIR, port: 54329, database: DEMO_DATABASE, persistent: true })
    database = { url: server.url, stop: server.stop, embedded: true }
    console.log(`[dev] Embedded PostgreSQL on port ${server.port} (data in ${path.relative(ROOT, DATA_DIR)}) in ${seconds(Date.now() - t)}`)
  }

  let t = Date.now()
  console.log("[dev] Running migrations (medusa db:migrate)…")
  await medusa(["db:migrate"])
  console.log(`[dev] Migrations done in ${seconds(Date.now() - t)}`)

  t = Date.now()
  console.log("[dev] Seeding demo data (scripts/seed-demo.ts; existing data is kept)…")
  await medusa(["exec", "./scripts/seed-demo.ts"])
  console.log(`[dev] Seed done in ${seconds(Date.now() - t)}`)

  const key = await publishableKey()
  console.log(`[dev] Starting medusa develop on port ${port} (first start compiles the admin, ~1 min)…`)
  const develop = run(medusaBin(), ["develop"], {
    env: childEnv(),
    detached: true,
    onSpawn: (child) => (currentChild = child),
  })
  let exited = false
  develop.then(async ({ code }) => {
    exited = true
    if (!shuttingDown) {
      console.error(`[dev] medusa develop exited with code ${code}`)
      currentChild = undefined
      await shutdown(undefined, code || 1)
    }
  })
  const up = await waitForHttp(`http://localhost:${port}/health`, { timeoutMs: 300000, stillRunning: () => !exited })
  if (shuttingDown || exited) {
    return
  }
  if (!up) {
    console.warn(`[dev] http://localhost:${port}/health did not answer within 5 minutes; Medusa may still be starting.`)
  } else {
    console.log(`[dev] Ready in ${seconds(Date.now() - started)} in total.`)
  }
  banner(key)
}

main().catch(async (e) => {
  console.error(`[dev] ${process.env.DEBUG ? e?.stack || e : e?.message || e}`)
  await shutdown(undefined, 1)
})
