// PostgreSQL and then Redis go down while the API server takes requests, and come back: during
// each outage a request must end with a clear 503 (not hang, not crash the process), and after it
// requests succeed again from the same processes, without restarting Medusa.
import assert from "node:assert/strict"
import { log, sleep, withDb } from "./lib/app.mjs"
import { startCluster } from "./lib/cluster.mjs"
import { jobsUnscheduled } from "../../scripts/lib/service-jobs.mjs"

const REQUEST_TIMEOUT_MS = 20000

/** One admin request; `{ status, message, ms }`, or status "timeout" when it hangs. */
async function request(port, token, method, path, body) {
  const t = Date.now()
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    const data = await res.json().catch(() => ({}))
    return { status: res.status, message: data.message, ms: Date.now() - t }
  } catch (e) {
    return { status: e?.name === "TimeoutError" ? "timeout" : `network error ${e?.cause?.code ?? e?.message}`, ms: Date.now() - t }
  }
}

/** The requests the outage test makes: a read and a write (a new service order). */
const REQUESTS = (customerId) => [
  ["GET", "/admin/service-orders?limit=5"],
  ["POST", "/admin/service-orders", { customer_id: customerId, title: "Outage test", priority: "normal" }],
]

async function requestsUntilOk(port, token, customerId, { timeoutMs = 60000 } = {}) {
  const until = Date.now() + timeoutMs
  for (;;) {
    const results = []
    for (const [method, path, body] of REQUESTS(customerId)) {
      results.push({ route: `${method} ${path.split("?")[0]}`, ...(await request(port, token, method, path, body)) })
    }
    if (results.every((r) => r.status === 200) || Date.now() > until) {
      return results
    }
    await sleep(1000)
  }
}

/** Every request made, so the rows can be checked against the creates that succeeded. */
const made = []

async function outage({ what, server, token, customerId, stop, start }) {
  await stop()
  log(`${what} stopped`)
  const during = []
  for (const [method, path, body] of REQUESTS(customerId)) {
    during.push({ route: `${method} ${path.split("?")[0]}`, ...(await request(server.port, token, method, path, body)) })
  }
  log(`during the ${what} outage: ${JSON.stringify(during)}`)
  assert.ok(!server.exited, `the server process exited during the ${what} outage`)
  await start()
  log(`${what} started again`)
  const after = await requestsUntilOk(server.port, token, customerId)
  log(`after the ${what} outage: ${JSON.stringify(after)}`)
  made.push(...during, ...after)
  assert.ok(!server.exited, `the server process exited after the ${what} outage`)
  for (const r of during) {
    // A read may be served without the failed service (nothing of it needed Redis, say); a
    // request that needed it must say so with a 503.
    assert.ok(r.status === 503 || r.status === 200, `${what} outage, ${r.route}: ${r.status} ${r.message ?? ""}`)
    if (r.status === 503) {
      assert.match(String(r.message), /unavailable|try again/i, `${what} outage, ${r.route}: the 503 says why`)
    }
  }
  assert.ok(during.some((r) => r.status === 503), `${what} outage: no request noticed it`)
  assert.deepEqual(after.map((r) => r.status), after.map(() => 200), `${what} back: requests succeed`)
}

export default {
  name: "faults: PostgreSQL and Redis restarted while the server takes requests",
  needs: ["ownPostgres", "ownRedis"],
  async run({ basePort, postgres, redis }) {
    const cluster = await startCluster({
      database: "prod_outages",
      redisUrl: redis.url,
      basePort,
      workers: 1,
      seedCustomers: 1,
      env: { SERVICE_JOBS: jobsUnscheduled() },
    })
    try {
      const token = cluster.seeded.admin_token
      const customerId = cluster.seeded.customer_ids[0]
      const before = await requestsUntilOk(cluster.server.port, token, customerId, { timeoutMs: 5000 })
      assert.deepEqual(before.map((r) => r.status), [200, 200], `before the outages: ${JSON.stringify(before)}`)
      made.push(...before)
      await outage({ what: "PostgreSQL", server: cluster.server, token, customerId, stop: postgres.stop, start: postgres.start })
      await outage({ what: "Redis", server: cluster.server, token, customerId, stop: redis.stop, start: redis.start })
      assert.ok(!cluster.workers[0].exited, "the worker survived both outages")
      // A create that answered 503 left nothing behind: the orders are the seed's and the 200s.
      const created = made.filter((r) => r.route === "POST /admin/service-orders" && r.status === 200).length
      const orders = await withDb(cluster.databaseUrl, async (db) =>
        Number((await db.query("SELECT count(*) FROM service_order WHERE deleted_at IS NULL AND title = 'Outage test'")).rows[0].count)
      )
      log(`service orders created by the test: ${orders}, creates answered 200: ${created}`)
      assert.equal(orders, created)
    } finally {
      await cluster.stop()
    }
  },
}
