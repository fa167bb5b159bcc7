#!/usr/bin/env node
// `npm run check:plugin`: proves the published package works as a plugin in another Medusa app.
//
// medusa plugin:build → npm pack → a scratch Medusa app in a temp dir that depends on the
// tarball and lists it under `plugins` → npm install → embedded PostgreSQL → medusa db:migrate
// (the plugin's tables must exist) → admin user → medusa start → the plugin's admin routes
// answer with the default stages. Everything is removed afterwards (KEEP_TMP=1 keeps the app).
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { findFreePort, onShutdownSignal, startEmbeddedPostgres } from "./lib/embedded-pg.mjs"
import { medusaBin, ROOT, runOrThrow, seconds, stopGroup, waitForHttp } from "./lib/proc.mjs"

const MEDUSA_VERSION = "2.21.2"
const UI_VERSION = "4.2.6"
const ADMIN = { email: "plugin-check@example.com", password: "plugin-check-secret" }
const EXPECTED_TABLES = ["service_order", "service_object", "service_stage", "service_task", "service_order_line"]
const EXPECTED_STAGES = ["requested", "scheduled", "in_progress", "completed", "closed", "cancelled"]

const rootPkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"))
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sm-plugin-check-"))
fs.chmodSync(tmp, 0o755) // Postgres runs as user "postgres" when we are root
const appDir = path.join(tmp, "app")
let database
let server // the detached `medusa start`
let cleaningUp = false

const log = (msg) => console.log(`[plugin-check] ${msg}`)

async function cleanup() {
  if (cleaningUp) {
    return
  }
  cleaningUp = true
  if (server?.pid) {
    await stopGroup(server.pid, { signal: "SIGTERM", graceMs: 15000 })
  }
  await database?.stop().catch((e) => console.error("[plugin-check] Stopping PostgreSQL failed:", e))
  if (process.env.KEEP_TMP) {
    log(`kept ${tmp}`)
  } else {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

onShutdownSignal(async (signal) => {
  console.error(`\n[plugin-check] ${signal} received: cleaning up`)
  await cleanup()
  console.log("plugin-check: 0 passed, 1 failed")
  process.exit(130)
})

async function step(name, fn) {
  const t = Date.now()
  log(`${name}…`)
  const result = await fn()
  log(`${name}: ok (${seconds(Date.now() - t)})`)
  return result
}

function writeScratchApp(tarball) {
  fs.mkdirSync(appDir, { recursive: true })
  const devDeps = rootPkg.devDependencies
  const pkg = {
    name: "sm-plugin-check-app",
    private: true,
    version: "0.0.0",
    scripts: {},
    dependencies: {
      "@medusajs/cli": MEDUSA_VERSION,
      "@medusajs/framework": MEDUSA_VERSION,
      "@medusajs/medusa": MEDUSA_VERSION,
      "@medusajs/ui": UI_VERSION,
      [rootPkg.name]: `file:${tarball}`,
    },
    // medusa loads medusa-config.ts through ts-node (with swc, see tsconfig): the starter's dev tools.
    devDependencies: {
      "@swc/core": devDeps["@swc/core"],
      "ts-node": devDeps["ts-node"],
      typescript: devDeps.typescript,
      "@types/node": devDeps["@types/node"],
    },
    engines: { node: ">=20" },
  }
  fs.writeFileSync(path.join(appDir, "package.json"), JSON.stringify(pkg, null, 2) + "\n")
  fs.writeFileSync(
    path.join(appDir, "medusa-config.ts"),
    `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
  plugins: [{ resolve: "${rootPkg.name}", options: {} }],
})
`
  )
  const tsconfig = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.json"), "utf8"))
  fs.writeFileSync(path.join(appDir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2) + "\n")
}

async function adminToken(base) {
  const res = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok || !body.token) {
    throw new Error(`POST /auth/user/emailpass answered ${res.status}: ${JSON.stringify(body)}`)
  }
  return body.token
}

async function getJson(base, route, token) {
  const res = await fetch(`${base}${route}`, { headers: { authorization: `Bearer ${token}` } })
  const text = await res.text()
  let body
  try {
    body = JSON.parse(text)
  } catch {
    body = text
  }
  return { status: res.status, body }
}

async function main() {
  const started = Date.now()
  const medusaEnv = () => ({
    ...process.env,
    DATABASE_URL: database.url,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_ENV: "development",
  })

  await step("medusa plugin:build", () => runOrThrow(medusaBin(), ["plugin:build"], { capture: true }))

  const tarball = await step("npm pack", async () => {
    const { stdout } = await runOrThrow("npm", ["pack", "--json", "--pack-destination", tmp], { capture: true })
    const [info] = JSON.parse(stdout.slice(stdout.indexOf("[")))
    const file = path.join(tmp, info.filename)
    const files = info.files.map((f) => f.path)
    for (const required of [".medusa/server/src/modules/service-management/index.js", ".medusa/server/src/workflows/index.js"]) {
      if (!files.includes(required)) {
        throw new Error(`the tarball lacks ${required}`)
      }
    }
    if (files.some((f) => f.startsWith("src/") || f.startsWith("scripts/") || f.startsWith("integration-tests/"))) {
      throw new Error("the tarball contains sources, scripts or tests; check `files` in package.json")
    }
    // medusa plugin:build compiles everything tsconfig.json includes, so the repository's own
    // dev files (seed, benchmarks, medusa-config) land beside src/. Harmless, but not the plugin.
    const extra = [
      ...new Set(
        files
          .filter((f) => f.startsWith(".medusa/server/") && !f.startsWith(".medusa/server/src/"))
          .map((f) => f.split("/").slice(0, 3).join("/"))
      ),
    ]
    if (extra.length) {
      log(`note: the package also ships ${extra.join(", ")} (not part of the plugin)`)
    }
    log(`${info.filename}: ${files.length} files, ${(info.size / 1024).toFixed(0)} kB`)
    return file
  })

  writeScratchApp(tarball)
  await step("npm install in the scratch app", () =>
    runOrThrow("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], {
      cwd: appDir,
      capture: true,
    })
  )

  database = await step("start embedded PostgreSQL", () =>
    startEmbeddedPostgres({ dir: path.join(tmp, "pg"), port: 56432, database: "plugin_check", persistent: false })
  )

  await step("medusa db:migrate", () => runOrThrow(medusaBin(appDir), ["db:migrate"], { cwd: appDir, env: medusaEnv(), capture: true }))

  await step("the plugin's tables exist", async () => {
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      const { rows } = await client.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ANY($1)",
        [EXPECTED_TABLES]
      )
      const missing = EXPECTED_TABLES.filter((t) => !rows.some((r) => r.table_name === t))
      if (missing.length) {
        throw new Error(`tables missing after db:migrate: ${missing.join(", ")}`)
      }
    } finally {
      await client.end()
    }
  })

  await step("medusa user", () =>
    runOrThrow(medusaBin(appDir), ["user", "-e", ADMIN.email, "-p", ADMIN.password], { cwd: appDir, env: medusaEnv(), capture: true })
  )

  const port = await findFreePort(9100)
  const base = `http://localhost:${port}`
  const serverLog = path.join(tmp, "medusa-start.log")
  await step(`medusa start on port ${port}`, async () => {
    const out = fs.openSync(serverLog, "w")
    server = spawn(medusaBin(appDir), ["start"], {
      cwd: appDir,
      env: { ...medusaEnv(), PORT: String(port) },
      detached: true,
      stdio: ["ignore", out, out],
    })
    let exited = false
    server.once("exit", () => (exited = true))
    const up = await waitForHttp(`${base}/health`, { timeoutMs: 180000, stillRunning: () => !exited })
    if (!up) {
      throw new Error(`medusa start did not answer /health (${exited ? "it exited" : "timeout"}):\n${tail(serverLog)}`)
    }
  })

  await step("GET /admin/service-stages returns the default stages", async () => {
    const token = await adminToken(base)
    const stages = await getJson(base, "/admin/service-stages?limit=50", token)
    if (stages.status !== 200) {
      throw new Error(`GET /admin/service-stages answered ${stages.status}: ${JSON.stringify(stages.body).slice(0, 500)}`)
    }
    const codes = (stages.body.service_stages ?? []).map((s) => s.code)
    const missing = EXPECTED_STAGES.filter((c) => !codes.includes(c))
    if (missing.length) {
      throw new Error(`default stages missing: ${missing.join(", ")} (got ${codes.join(", ")})`)
    }
    const orders = await getJson(base, "/admin/service-orders", token)
    if (orders.status !== 200 || !Array.isArray(orders.body.service_orders)) {
      throw new Error(`GET /admin/service-orders answered ${orders.status}: ${JSON.stringify(orders.body).slice(0, 500)}`)
    }
    const anonymous = await fetch(`${base}/admin/service-orders`)
    if (anonymous.status !== 401) {
      throw new Error(`GET /admin/service-orders without a token answered ${anonymous.status}, expected 401`)
    }
    log(`stages: ${codes.join(", ")}`)
  })

  log(`done in ${seconds(Date.now() - started)}`)
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

main()
  .then(async () => {
    await cleanup()
    console.log("plugin-check: 1 passed, 0 failed")
    process.exit(0)
  })
  .catch(async (e) => {
    console.error(`[plugin-check] FAILED: ${e?.message || e}`)
    await cleanup()
    console.log("plugin-check: 0 passed, 1 failed")
    process.exit(1)
  })
