// The production shape for the tests in integration-tests/production: the repository's app built
// once with `medusa build` (admin off) into a scratch copy, then API server and workers started
// from `.medusa/server` as separate OS processes on one fresh Postgres database and one Redis db.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { medusaBin, ROOT, runOrThrow, seconds, sleep, stopGroup, waitForHttp } from "../../../scripts/lib/proc.mjs"

// Inside the repository, so the copy's build finds node_modules; ignored by git and tsconfig.
export const APP_DIR = path.join(ROOT, ".medusa-data", "production-app")
export const SERVER_DIR = path.join(APP_DIR, ".medusa", "server")
const COPIED = ["src", "scripts", "medusa-config.ts", "tsconfig.json", "package.json"]
// Test-only files of the host app (scripts/production/host), re-exported where Medusa loads them.
const HOST_FILES = {
  "src/jobs/production-test-fire-jobs.ts": "fire-jobs-on-signal",
  "src/subscribers/production-test-record-events.ts": "record-events",
}

export const log = (msg) => console.log(`[production] ${msg}`)

/** Copies the app, adds the test-only host files and builds it (backend only): once per run. */
export async function buildApp() {
  const t = Date.now()
  fs.rmSync(APP_DIR, { recursive: true, force: true })
  fs.mkdirSync(APP_DIR, { recursive: true })
  for (const entry of COPIED) {
    fs.cpSync(path.join(ROOT, entry), path.join(APP_DIR, entry), { recursive: true })
  }
  for (const [file, module] of Object.entries(HOST_FILES)) {
    fs.writeFileSync(path.join(APP_DIR, file), `export { default, config } from "../../scripts/production/host/${module}"\n`)
  }
  await runOrThrow(medusaBin(), ["build"], { cwd: APP_DIR, env: { ...baseEnv(), MEDUSA_ADMIN_DISABLE: "true" }, capture: true })
  log(`built the app in ${seconds(Date.now() - t)}`)
}

function baseEnv() {
  return { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", MEDUSA_ADMIN_DISABLE: "true", NODE_ENV: "production" }
}

/** The Postgres server of the test run: DB_* as `npm test` sets them, else the local one. */
export function postgresServer() {
  return {
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD ?? "",
  }
}

export const databaseUrl = (server, database) =>
  `postgres://${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}@${server.host}:${server.port}/${database}`

export const TEMPLATE_DATABASE = "prod_template"
let template // the migrated template of this run, made on first use

async function recreateDatabase(server, name, from) {
  const client = new pg.Client({ ...server, database: "postgres" })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from ? ` TEMPLATE ${client.escapeIdentifier(from)}` : ""}`)
  } finally {
    await client.end()
  }
}

/**
 * A fresh database `name` on `server`, migrated (Medusa's modules and the plugin's): a copy of
 * a template migrated once per run, so each scenario does not pay for the migrations.
 */
export async function createDatabase(name, server = postgresServer()) {
  template ??= (async () => {
    const t = Date.now()
    await recreateDatabase(server, TEMPLATE_DATABASE)
    await runOrThrow(medusaBin(), ["db:migrate"], {
      cwd: SERVER_DIR,
      env: { ...baseEnv(), DATABASE_URL: databaseUrl(server, TEMPLATE_DATABASE) },
      capture: true,
    })
    log(`migrated the template database in ${seconds(Date.now() - t)}`)
  })()
  await template
  await recreateDatabase(server, name, TEMPLATE_DATABASE)
  return databaseUrl(server, name)
}

/** Runs `fn(client)` on the database at `url`. */
export async function withDb(url, fn) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/**
 * A Medusa process of the built app: `mode` server | worker, HTTP on `port` (workers answer only
 * /health). Output goes to `<name>.log` in APP_DIR. Resolves once /health answers.
 */
export async function startMedusa({ name, mode, port, databaseUrl: url, redisUrl, env = {} }) {
  const logFile = path.join(APP_DIR, `${name}.log`)
  const out = fs.openSync(logFile, "a")
  const child = spawn(process.execPath, [medusaBin(), "start", "--port", String(port)], {
    cwd: SERVER_DIR,
    detached: true,
    stdio: ["ignore", out, out],
    env: { ...baseEnv(), DATABASE_URL: url, REDIS_URL: redisUrl, MEDUSA_WORKER_MODE: mode, PORT: String(port), ...env },
  })
  fs.closeSync(out)
  let exited = false
  child.once("exit", () => (exited = true))
  const t = Date.now()
  if (!(await waitForHttp(`http://127.0.0.1:${port}/health`, { timeoutMs: 120000, stillRunning: () => !exited }))) {
    await stopGroup(child.pid, { graceMs: 1000 })
    const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n")
    throw new Error(`${name} (${mode}) did not come up on port ${port}:\n${tail}`)
  }
  log(`${name} (${mode}) up on port ${port} in ${seconds(Date.now() - t)}`)
  return {
    name,
    pid: child.pid,
    port,
    logFile,
    get exited() {
      return exited
    },
    /** SIGTERM and wait (SIGKILL after a grace period); `kill()` is the SIGKILL of a crash. */
    stop: () => stopGroup(child.pid, { graceMs: 15000 }),
    kill: async () => {
      await stopGroup(child.pid, { signal: "SIGKILL", graceMs: 5000 })
    },
  }
}

/** Runs a script of the built app with `medusa exec` (server mode, as Medusa does); returns its output. */
export async function execScript(file, { databaseUrl: url, redisUrl, env = {} }) {
  const { stdout, stderr } = await runOrThrow(medusaBin(), ["exec", file], {
    cwd: SERVER_DIR,
    env: { ...baseEnv(), DATABASE_URL: url, REDIS_URL: redisUrl, ...env },
    capture: true,
  })
  return stdout + stderr
}

/** Stops every process given (in parallel), ignoring those already gone. */
export async function stopAll(processes) {
  await Promise.all(processes.filter(Boolean).map((p) => p.stop()))
}

export { sleep }
