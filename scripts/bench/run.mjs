#!/usr/bin/env node
// `npm run bench`: every case of scripts/bench/cases measured from outside, over HTTP, on a
// production build, each beside its floor measured in the same run (interleaved).
//
// 1. Database: DATABASE_URL when set; otherwise an embedded PostgreSQL (data in
//    .medusa-data/bench-postgres, database medusa_bench_<scale>); `medusa db:migrate`.
// 2. `medusa build` (admin disabled: the API is measured), then `medusa start` in .medusa/server
//    with NODE_ENV=production on BENCH_PORT (9200).
// 3. The base rows (customers, BENCH_SCALE orders) and each case's rows, set-based; kept in the
//    database, so a second run at the same scale starts measuring at once.
// 4. Each case's measures → bench/results/<case>.json (per scale; with the commit, the machine and
//    the server's peak RSS), and a table on stdout. `npm run bench:readme` puts them in the README.
//
// Env: BENCH_SCALE=smoke|10k|100k|1m (10k), BENCH_RUNS (30; 2 for smoke), BENCH_CASES=a,b (all),
//      BENCH_BUILD=false (reuse .medusa/server), BENCH_PORT, BENCH_RESULTS (a directory), DATABASE_URL,
//      BENCH_LABEL=before (stored as "<scale> before", beside the unlabelled run: a before/after).
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { onShutdownSignal, startEmbeddedPostgres } from "../lib/embedded-pg.mjs"
import { medusaBin, ROOT, run, runOrThrow, seconds, stopGroup, waitForHttp } from "../lib/proc.mjs"
import { jobsUnscheduled } from "../lib/service-jobs.mjs"
import { fillBase } from "./cases/base.mjs"
import { CASES } from "./index.mjs"
import { httpClient, SCALES } from "./lib.mjs"

const scale = process.env.BENCH_SCALE || "10k"
if (!(scale in SCALES)) {
  throw new Error(`BENCH_SCALE must be one of ${Object.keys(SCALES).join(", ")}`)
}
const rows = SCALES[scale]
const runs = Number(process.env.BENCH_RUNS || (scale === "smoke" ? 2 : 30))
const port = Number(process.env.BENCH_PORT || 9200)
const only = process.env.BENCH_CASES?.split(",")
const cases = CASES.filter((c) => !only || only.includes(c.name))
// The smoke's results prove the writing works but are no measurement: they go to a temp dir.
const RESULTS = process.env.BENCH_RESULTS || (scale === "smoke" ? path.join(os.tmpdir(), "bench-smoke-results") : path.join(ROOT, "bench", "results"))
const SERVER_DIR = path.join(ROOT, ".medusa", "server")
const admin = { email: "bench@example.com", password: "bench-secret" }
const log = (...args) => console.log("[bench]", ...args)

let database
let server
const passed = []
async function shutdown(code) {
  if (server?.pid) {
    await stopGroup(server.pid, { signal: "SIGTERM", graceMs: 10000 })
  }
  await database?.stop?.()
  process.exit(code)
}
onShutdownSignal(() => shutdown(130))

/** Resident memory (MB) of the server's processes: `field` VmHWM (the peak so far) or VmRSS (now), largest process. */
function serverMemoryMb(field = "VmHWM") {
  let largest = 0
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
      const pgid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2])
      if (pgid === server.pid) {
        largest = Math.max(largest, Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024)
      }
    } catch {
      // the process is gone
    }
  }
  return Math.round(largest)
}

function commit() {
  const git = (...args) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim()
  // Only the measured code counts: a change to the benchmark scripts measures the same app.
  const dirty = git("status", "--porcelain", "--", "src").length > 0
  return git("rev-parse", "--short", "HEAD") + (dirty ? "+changes" : "")
}

async function machine(client) {
  const { rows: [{ server_version }] } = await client.query("SHOW server_version")
  const cpu = os.cpus()
  return `${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, PostgreSQL ${server_version.split(" ")[0]}${process.env.DATABASE_URL ? "" : " (embedded)"}`
}

/** Merges this run into bench/results/<case>.json (one entry per scale, the newest run wins). */
function writeResult(benchCase, entry) {
  fs.mkdirSync(RESULTS, { recursive: true })
  const file = path.join(RESULTS, `${benchCase.name}.json`)
  const previous = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : { scales: {} }
  const key = process.env.BENCH_LABEL ? `${scale} ${process.env.BENCH_LABEL}` : scale
  const result = { case: benchCase.name, title: benchCase.title, goal: benchCase.goal, scales: { ...previous.scales, [key]: entry } }
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n")
}

function printTable(benchCase, entry) {
  const fmt = (floor) => Object.entries(floor).map(([k, v]) => `${k} ${v}`).join(", ")
  console.log(`\n${benchCase.title} — ${scale} (${entry.rows} orders; goal: ${benchCase.goal})\n`)
  console.log("| variant | p50 ms | p95 ms | floor | ratio | rows | bytes |\n|---|---|---|---|---|---|---|")
  for (const r of entry.results) {
    console.log(`| ${r.name} | ${r.p50} | ${r.p95} | ${fmt(r.floor)} | ${r.ratio} | ${r.rows} | ${r.bytes} |`)
  }
  console.log(`\nserver peak RSS so far: ${entry.peak_rss_mb} MB`)
}

async function main() {
  const started = Date.now()
  if (process.env.DATABASE_URL) {
    database = { url: process.env.DATABASE_URL }
  } else {
    database = await startEmbeddedPostgres({
      dir: path.join(ROOT, ".medusa-data", "bench-postgres"),
      port: port + 1,
      database: `medusa_bench_${scale}`,
    })
  }
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_ADMIN_DISABLE: "true",
    PORT: String(port),
    // The plugin's scheduled jobs off: one firing during a case (the SLA check every 5 minutes, the
    // daily billing at 03:00 in the middle of a 1m generation) would be measured with it.
    SERVICE_JOBS: process.env.SERVICE_JOBS ?? jobsUnscheduled(),
  }
  log(`database ${database.url.replace(/:[^:@/]*@/, ":***@")}; migrating…`)
  await runOrThrow(medusaBin(), ["db:migrate"], { env, capture: true })
  if (process.env.BENCH_BUILD !== "false" || !fs.existsSync(SERVER_DIR)) {
    log("medusa build (admin disabled)…")
    await runOrThrow(medusaBin(), ["build"], { env, capture: true })
  }
  // Exists already on a second run: that is fine.
  await run(medusaBin(), ["user", "-e", admin.email, "-p", admin.password], { env, capture: true })

  log(`medusa start on port ${port} (NODE_ENV=production)…`)
  const exited = run(medusaBin(), ["start"], {
    cwd: SERVER_DIR,
    env: { ...env, NODE_ENV: "production" },
    capture: true,
    detached: true,
    onSpawn: (child) => (server = child),
  })
  let running = true
  exited.then((r) => {
    running = false
    if (r.code && !server.killed) {
      console.error(`[bench] medusa start exited (${r.code}):\n${(r.stdout + r.stderr).slice(-3000)}`)
    }
  })
  if (!(await waitForHttp(`http://localhost:${port}/health`, { stillRunning: () => running }))) {
    throw new Error("the server did not come up")
  }
  const login = await fetch(`http://localhost:${port}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(admin),
  })
  const { token } = await login.json()
  const http = httpClient(`http://localhost:${port}`, token)

  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  try {
    log(`filling ${rows} orders and each case's rows…`)
    const fillStarted = Date.now()
    const stages = await fillBase(client, rows)
    // A case whose fill fails is reported and not measured; the others still are.
    const filled = []
    for (const c of cases) {
      try {
        await c.fill({ pg: client, rows, scale, stages })
        filled.push(c)
      } catch (e) {
        console.error(`[bench] ${c.name} failed to fill:`, e?.stack ?? e)
      }
    }
    log(`filled in ${seconds(Date.now() - fillStarted)}`)
    const context = { http, pg: client, runs, rows, scale, stages, serverRssMb: () => serverMemoryMb("VmRSS"), databaseUrl: database.url }
    const about = { commit: commit(), date: new Date().toISOString(), machine: await machine(client), runs }
    for (const c of filled) {
      log(`measuring ${c.name} (${runs} runs)…`)
      try {
        const results = await c.measure(context)
        const entry = { ...about, rows, peak_rss_mb: serverMemoryMb(), results }
        writeResult(c, entry)
        printTable(c, entry)
        passed.push(c.name)
      } catch (e) {
        console.error(`[bench] ${c.name} failed:`, e?.stack ?? e)
      }
    }
  } finally {
    await client.end()
  }
  log(`done in ${seconds(Date.now() - started)}`)
  // The summary line CI counts (.ci/run): a case passes when it ran and answered its measures.
  console.log(`bench: ${passed.length} passed, ${cases.length - passed.length} failed`)
  return passed.length === cases.length ? 0 : 1
}

main().then(
  (code) => shutdown(code),
  (e) => {
    console.error("[bench]", e?.stack ?? e)
    return shutdown(1)
  }
)
