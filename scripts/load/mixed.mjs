#!/usr/bin/env node
// A bounded mixed load on the production shape (`npm run load`; never part of `npm test` or CI):
// the app built as the production tests build it, one API server and one worker on a fresh copy
// of the template database in an embedded PostgreSQL, Redis db LOAD_REDIS_DB (10) of the machine's
// Redis. After seeding (scripts/production/seed.ts) and a little setup over HTTP (technicians, a
// store customer who logs in, a publishable key), autocannon drives LOAD_CONNECTIONS (50)
// loopback connections for LOAD_SECONDS (120), split by weight over seven routes, while the
// billing job is fired in the worker. Then: 0 errors (a 409 of a stage move is a counted,
// expected conflict; any other non-2xx, socket error or timeout is an error), one service order
// per create answered 2xx (none twice, none lost; a row of a request cut off by the stop is
// counted apart), every due period billed exactly once. Prints a table per route and writes
// bench/results/load.json.
//
//   LOAD_CONNECTIONS=50 LOAD_SECONDS=120 npm run load
import fs from "node:fs"
import path from "node:path"
import autocannon from "autocannon"
import { ROOT } from "../lib/proc.mjs"
import { buildApp, log, sleep, withDb } from "../../integration-tests/production/lib/app.mjs"
import { FIRE_CHANNEL, startCluster } from "../../integration-tests/production/lib/cluster.mjs"
import { jobsUnscheduled } from "../lib/service-jobs.mjs"
import { billingCounts, settle } from "../../integration-tests/production/lib/counts.mjs"
import { fireJobsInWorkers, redisAvailable, testRedisUrl } from "../../integration-tests/production/lib/redis.mjs"
import { atCleanup, cleanUp, postgresForRun } from "../../integration-tests/production/lib/services.mjs"

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS || 50)
const SECONDS = Number(process.env.LOAD_SECONDS || 120)
const CUSTOMERS = Number(process.env.LOAD_CUSTOMERS || 20)
const BASE_PORT = Number(process.env.LOAD_BASE_PORT || 9600)
process.env.PRODUCTION_REDIS_DB ??= process.env.LOAD_REDIS_DB || "10"
const RESULT_FILE = path.join(ROOT, "bench", "results", "load.json")

// Connections per route out of 50 (scaled to LOAD_CONNECTIONS): reads outweigh writes.
const WEIGHTS = { "admin list": 9, "admin detail": 10, "admin create": 6, "admin stage move": 7, "dispatch board": 6, "store list": 6, "store request": 6 }
// The stage a move goes to from each stage: a cycle the default stage rules allow.
const NEXT_STAGE = { requested: "scheduled", scheduled: "in_progress", in_progress: "scheduled" }
const pick = (list) => list[Math.floor(Math.random() * list.length)]

/** A JSON request to the server; throws unless 2xx. */
async function call(base, method, url, { token, headers = {}, body } = {}) {
  const res = await fetch(base + url, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) {
    throw new Error(`${method} ${url} → ${res.status}: ${JSON.stringify(json)}`)
  }
  return json
}

/** Technicians for the board, a publishable key, a store customer who logs in with a service object. */
async function setUp(base, adminToken, customerIds) {
  const admin = (method, url, body) => call(base, method, url, { token: adminToken, body })
  const hours = Object.fromEntries(["1", "2", "3", "4", "5"].map((d) => [d, [{ start: "08:00", end: "17:00" }]]))
  for (let i = 0; i < 5; i++) {
    await admin("POST", "/admin/technicians", { first_name: `Load tech ${i}`, timezone: "Europe/Amsterdam", working_hours: hours })
  }
  const { sales_channels: [channel] } = await admin("GET", "/admin/sales-channels?name=Webshop")
  const { api_key: key } = await admin("POST", "/admin/api-keys", { title: "Load storefront", type: "publishable" })
  await admin("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] })
  const store = { "x-publishable-api-key": key.token }

  const credentials = { email: "load-customer@example.com", password: "load-password-1" }
  const { token: registration } = await call(base, "POST", "/auth/customer/emailpass/register", { body: credentials })
  const { customer } = await call(base, "POST", "/store/customers", { token: registration, headers: store, body: { email: credentials.email, first_name: "Load" } })
  const { token: customerToken } = await call(base, "POST", "/auth/customer/emailpass", { body: credentials })
  const { service_object: object } = await admin("POST", "/admin/service-objects", { name: "Load boiler", customer_id: customer.id })

  // Orders the stage moves start on (the load's own creates join them as they are answered).
  const moves = new Map()
  for (let i = 0; i < 2 * WEIGHTS["admin stage move"]; i++) {
    const { service_order } = await admin("POST", "/admin/service-orders", { customer_id: pick(customerIds), title: "Load move", currency_code: "eur" })
    moves.set(service_order.id, service_order.stage.code)
  }
  const { service_orders } = await admin("GET", "/admin/service-orders?limit=100&fields=id")
  return { store, customerToken, serviceObjectId: object.id, moves, detailIds: service_orders.map((o) => o.id) }
}

/**
 * The keys of one kind of create: each request's title carries a new key (`<prefix> <n>`), kept
 * as sent and, once answered 2xx, as answered (a connection has one request in flight, so its
 * context holds the key). A request still in flight when the load stops is sent, not answered.
 */
function createKeys(prefix) {
  let n = 0
  const keys = { prefix, sent: new Set(), answered: new Set() }
  keys.next = (context) => {
    context.key = `${prefix} ${++n}`
    keys.sent.add(context.key)
    return context.key
  }
  keys.answer = (status, context) => status < 300 && keys.answered.add(context.key)
  return keys
}

/**
 * No lost or duplicated rows of a create: every answered key is one row, and a row whose key
 * was not answered is one of the requests in flight when the load stopped (sent, unanswered).
 */
async function rowsOf(db, keys) {
  const { rows } = await db.query("SELECT title, count(*)::int AS n FROM service_order WHERE title LIKE $1 AND deleted_at IS NULL GROUP BY title", [`${keys.prefix} %`])
  const counts = new Map(rows.map((r) => [r.title, r.n]))
  const unanswered = [...counts.keys()].filter((k) => !keys.answered.has(k))
  return {
    answered_2xx: keys.answered.size,
    rows: [...counts.values()].reduce((a, b) => a + b, 0),
    answered_without_row: [...keys.answered].filter((k) => !counts.has(k)).length,
    keys_with_two_rows: [...counts.values()].filter((n) => n > 1).length,
    rows_never_sent: unanswered.filter((k) => !keys.sent.has(k)).length,
    rows_in_flight_at_stop: unanswered.filter((k) => keys.sent.has(k)).length,
  }
}

/** The autocannon requests of each route; `moves` (id → stage) and `detailIds` grow as creates are answered. */
function routes({ adminToken, customerIds, store, customerToken, serviceObjectId, moves, detailIds, creates, requests }) {
  const admin = { authorization: `Bearer ${adminToken}`, "content-type": "application/json" }
  const customer = { ...store, authorization: `Bearer ${customerToken}`, "content-type": "application/json" }
  const monday = new Date()
  monday.setUTCHours(0, 0, 0, 0)
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7))
  const week = `from=${monday.toISOString()}&to=${new Date(monday.getTime() + 7 * 86400000).toISOString()}`
  const created = (status, body, context) => {
    creates.answer(status, context)
    if (status < 300) {
      const { service_order } = JSON.parse(body)
      moves.set(service_order.id, service_order.stage.code)
      detailIds.push(service_order.id)
    }
  }
  return {
    "admin list": { method: "GET", path: "/admin/service-orders?limit=20", headers: admin },
    "admin detail": { method: "GET", headers: admin, setupRequest: (req) => ({ ...req, path: `/admin/service-orders/${pick(detailIds)}` }) },
    "admin create": {
      method: "POST",
      path: "/admin/service-orders",
      headers: admin,
      setupRequest: (req, context) => ({
        ...req,
        body: JSON.stringify({ customer_id: pick(customerIds), title: creates.next(context), priority: "normal", currency_code: "eur" }),
      }),
      onResponse: created,
    },
    "admin stage move": {
      method: "POST",
      headers: admin,
      // The stage this process last saw: another connection's move in between is a 409.
      setupRequest: (req) => {
        const id = pick([...moves.keys()])
        const from = moves.get(id)
        return { ...req, path: `/admin/service-orders/${id}/transition`, body: JSON.stringify({ from_stage_code: from, to_stage: NEXT_STAGE[from] }) }
      },
      onResponse: (status, body) => {
        if (status < 300) {
          const { service_order } = JSON.parse(body)
          moves.set(service_order.id, service_order.stage.code)
        }
      },
    },
    "dispatch board": { method: "GET", path: `/admin/dispatch-board?${week}`, headers: admin },
    "store list": { method: "GET", path: "/store/service-orders?limit=20", headers: customer },
    "store request": {
      method: "POST",
      path: "/store/service-requests",
      headers: customer,
      setupRequest: (req, context) => ({
        ...req,
        body: JSON.stringify({ service_object_id: serviceObjectId, title: requests.next(context), description: "The boiler makes a noise." }),
      }),
      onResponse: (status, _body, context) => requests.answer(status, context),
    },
  }
}

/** One autocannon instance per route, all at once, connections by weight. */
async function runLoad(base, requests) {
  const total = Object.values(WEIGHTS).reduce((a, b) => a + b, 0)
  const runs = Object.entries(requests).map(async ([name, request]) => {
    const connections = Math.max(1, Math.round((WEIGHTS[name] * CONNECTIONS) / total))
    const result = await autocannon({ url: base, connections, duration: SECONDS, timeout: 30, requests: [request] })
    return [name, { connections, result }]
  })
  return Object.fromEntries(await Promise.all(runs))
}

/** A route's row: requests, latency, statuses; a 409 of a stage move is an expected conflict. */
function summarize(name, { connections, result }) {
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]))
  const requests = Object.values(statuses).reduce((a, b) => a + b, 0)
  const ok = Object.entries(statuses).filter(([code]) => code < "300").reduce((a, [, n]) => a + n, 0)
  const conflicts = name === "admin stage move" ? statuses["409"] ?? 0 : 0
  return {
    route: name,
    connections,
    requests,
    ok,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    non_2xx: requests - ok,
    expected_409: conflicts,
    errors: requests - ok - conflicts + result.errors + result.timeouts,
    statuses,
  }
}

function printTable(rows) {
  const header = ["route", "conn", "requests", "p50 ms", "p99 ms", "non-2xx", "409 (expected)", "errors"]
  const lines = rows.map((r) => [r.route, r.connections, r.requests, r.p50_ms, r.p99_ms, r.non_2xx, r.expected_409, r.errors].map(String))
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)))
  const fmt = (cells) => `| ${cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ")} |`
  console.log([fmt(header), `|${widths.map((w, i) => (i ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|")}|`, ...lines.map(fmt)].join("\n"))
}

async function main() {
  const redisUrl = testRedisUrl()
  if (!(await redisAvailable(redisUrl))) {
    throw new Error(`no Redis answers at ${redisUrl} (set PRODUCTION_REDIS_URL)`)
  }
  await postgresForRun(BASE_PORT + 40)
  await buildApp()
  const cluster = await startCluster({
    database: "load_mixed",
    redisUrl,
    basePort: BASE_PORT,
    workers: 1,
    seedCustomers: CUSTOMERS,
    env: { SERVICE_JOBS: jobsUnscheduled() },
  })
  atCleanup(() => cluster.stop())
  const base = `http://127.0.0.1:${cluster.server.port}`
  const { admin_token: adminToken, customer_ids: customerIds } = cluster.seeded
  const creates = createKeys("Load create")
  const requests = createKeys("Load request")
  const context = { adminToken, customerIds, creates, requests, ...(await setUp(base, adminToken, customerIds)) }
  const due = await withDb(cluster.databaseUrl, (db) => billingCounts(db))
  log(`load: ${CONNECTIONS} connections for ${SECONDS} s over ${Object.keys(WEIGHTS).length} routes; ${due.counts.subscriptions_still_due} subscriptions due for billing`)

  const t = Date.now()
  const load = runLoad(base, routes(context))
  // The billing job runs in the worker while the load is on (10 s in, once the load is steady).
  const billing = fireJobsInWorkers(redisUrl, FIRE_CHANNEL, { round: 1, expected: 1, jobs: ["billing"], delayMs: 10000 }).then((reports) => ({
    reports,
    finishedAfterSeconds: (Date.now() - t) / 1000,
  }))
  const results = await load
  const billed = await billing
  const rows = Object.entries(results).map(([name, r]) => summarize(name, r))
  printTable(rows)

  // Requests cut off when the load stopped may still be writing: count once the rows stop changing.
  const count = (db) => Promise.all([rowsOf(db, creates), rowsOf(db, requests)])
  const counts = await withDb(cluster.databaseUrl, async (db) => {
    let last = JSON.stringify(await count(db))
    for (let i = 0; i < 30; i++) {
      await sleep(2000)
      const now = JSON.stringify(await count(db))
      if (now === last) break
      last = now
    }
    const [adminCreates, storeRequests] = await count(db)
    return { admin_creates: adminCreates, store_requests: storeRequests, billing: await settle(() => billingCounts(db)) }
  })
  const problems = [
    ...rows.filter((r) => r.errors).map((r) => `${r.route}: ${r.errors} errors (${JSON.stringify(r.statuses)})`),
    ...billed.reports.flatMap((r) => Object.entries(r.results).filter(([, v]) => v !== "ran").map(([job, v]) => `${job} in worker ${r.pid}: ${v}`)),
    ...counts.billing.problems.map((p) => `billing: ${p}`),
  ]
  for (const what of ["admin_creates", "store_requests"]) {
    for (const key of ["answered_without_row", "keys_with_two_rows", "rows_never_sent"]) {
      if (counts[what][key]) problems.push(`${what}: ${key} ${counts[what][key]}`)
    }
    if (!counts[what].answered_2xx) problems.push(`${what}: none answered 2xx`)
  }
  const summary = {
    command: `LOAD_CONNECTIONS=${CONNECTIONS} LOAD_SECONDS=${SECONDS} npm run load`,
    at: new Date().toISOString(),
    connections: CONNECTIONS,
    seconds: SECONDS,
    seeded_customers: CUSTOMERS,
    routes: rows,
    rows: { ...counts, billing: counts.billing.counts },
    billing_run_finished_after_seconds: billed.finishedAfterSeconds,
    problems,
  }
  fs.mkdirSync(path.dirname(RESULT_FILE), { recursive: true })
  fs.writeFileSync(RESULT_FILE, JSON.stringify(summary, null, 2) + "\n")
  log(`rows: ${JSON.stringify(summary.rows)}`)
  log(`billing ran in the worker, done ${billed.finishedAfterSeconds.toFixed(1)} s into the load; results in ${path.relative(ROOT, RESULT_FILE)}`)
  if (problems.length) {
    throw new Error(`load: ${problems.length} problem(s):\n${problems.join("\n")}`)
  }
  log("load: 0 errors, one row per answered create, every due period billed once")
}

main()
  .catch((e) => {
    console.error(`[load] ${e?.stack || e}`)
    process.exitCode = 1
  })
  .finally(cleanUp)
