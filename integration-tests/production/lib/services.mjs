// The PostgreSQL and Redis servers the production tests own, so a test can stop and start them
// (an outage) without touching the machine's: an embedded PostgreSQL (scripts/lib/embedded-pg.mjs)
// and a `redis-server` child without persistence.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { findFreePort, onShutdownSignal, startEmbeddedPostgres } from "../../../scripts/lib/embedded-pg.mjs"
import { sleep } from "../../../scripts/lib/proc.mjs"
import { log } from "./app.mjs"
import { redisAvailable } from "./redis.mjs"

/**
 * An embedded PostgreSQL in a temp dir on the first free port from `port`. `stop()` and `start()`
 * take it down and bring it back on the same port and data; `remove()` stops it and deletes it.
 */
export async function ownPostgres(port) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sm-production-pg-"))
  fs.chmodSync(dir, 0o755) // Postgres runs as user "postgres" when we are root
  const dataDir = path.join(dir, "data")
  let running = await startEmbeddedPostgres({ dir: dataDir, port })
  const chosen = running.port
  return {
    server: { host: "localhost", port: chosen, user: running.user, password: running.password },
    stop: async () => {
      await running?.stop()
      running = undefined
    },
    start: async () => {
      running = await startEmbeddedPostgres({ dir: dataDir, port: chosen })
      if (running.port !== chosen) {
        throw new Error(`PostgreSQL came back on port ${running.port}, not ${chosen}`)
      }
    },
    remove: async () => {
      await running?.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

const cleanups = []

/** Runs `fn` in `cleanUp()` (newest first) or, after a SIGINT/SIGTERM, before exiting with 130. */
export function atCleanup(fn) {
  if (!cleanups.length) {
    onShutdownSignal(async () => {
      await cleanUp()
      process.exit(130)
    })
  }
  cleanups.unshift(fn)
}

/** Stops what the run started (atCleanup), ignoring what is already gone. */
export async function cleanUp() {
  for (const fn of cleanups.splice(0)) {
    await fn().catch(() => {})
  }
}

/**
 * The run's own PostgreSQL (ownPostgres from `port`), made the server of every database the run
 * creates (DB_*, which app.mjs's postgresServer reads), removed at cleanUp().
 */
export async function postgresForRun(port) {
  const postgres = await ownPostgres(port)
  atCleanup(() => postgres.remove())
  Object.assign(process.env, {
    DB_HOST: postgres.server.host,
    DB_PORT: String(postgres.server.port),
    DB_USERNAME: postgres.server.user,
    DB_PASSWORD: postgres.server.password,
  })
  log(`PostgreSQL (embedded) on port ${postgres.server.port}`)
  return postgres
}

/** Whether `redis-server` can be run here. */
export const redisServerInstalled = () =>
  (process.env.PATH || "").split(path.delimiter).some((d) => fs.existsSync(path.join(d, "redis-server")))

/** A `redis-server --save ''` on the first free port from `port`, with `stop()` / `start()` on that port. */
export async function ownRedis(port) {
  const chosen = await findFreePort(port)
  const url = `redis://127.0.0.1:${chosen}/0`
  let child
  const start = async () => {
    child = spawn("redis-server", ["--port", String(chosen), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    })
    for (let i = 0; i < 50 && !(await redisAvailable(url)); i++) {
      await sleep(100)
    }
  }
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r))
      child.kill("SIGKILL") // an outage, not a shutdown
      await exited
    }
  }
  await start()
  return { url, start, stop }
}
