// Shared pieces of `npm run bench` (scripts/bench/run.mjs) and its cases (scripts/bench/cases).
import { createRequire } from "node:module"
import path from "node:path"
import { ROOT } from "../lib/proc.mjs"

const require = createRequire(import.meta.url)

/** Rows per scale: `BENCH_SCALE=10k|100k|1m`, and `smoke` (CI: every case runs, nothing is judged). */
export const SCALES = { smoke: 300, "10k": 10_000, "100k": 100_000, "1m": 1_000_000 }

/** The p-th percentile of ascending numbers. */
export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** p50 and p95 of `times` (ms), rounded to 0.1 ms. */
export function summary(times) {
  const sorted = [...times].sort((a, b) => a - b)
  const round = (v) => Math.round(v * 10) / 10
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), runs: sorted.length }
}

/** Milliseconds `fn` takes (its result alongside). */
export async function timed(fn) {
  const t = process.hrtime.bigint()
  const result = await fn()
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, result }
}

/**
 * Runs the named functions `runs` times each, interleaved (a, b, c, then b, c, a, …) so that a
 * slow moment of the shared machine hits every measure alike, after `warmup` untimed rounds.
 * Returns the times per name and each function's last result.
 */
export async function interleave(fns, { runs, warmup = 3 }) {
  const names = Object.keys(fns)
  const times = Object.fromEntries(names.map((n) => [n, []]))
  const last = {}
  for (let round = 0; round < warmup + runs; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]
      const { ms, result } = await timed(fns[name])
      last[name] = result
      if (round >= warmup) {
        times[name].push(ms)
      }
    }
  }
  return { times, last }
}

/** The plugin's module file as `medusa build` compiled it (the server under test runs the same files). */
export function built(file) {
  return require(path.join(ROOT, ".medusa", "server", "src", "modules", "service-management", file))
}

/** A MikroORM-like manager over the benchmark's pg client, for built repositories: `?` placeholders become $1, $2, … */
export function pgManager(pg) {
  return {
    async execute(sql, params = []) {
      let n = 0
      return (await pg.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows
    },
  }
}

/** Runs the SQL statements one after another on `pg` (a pg.Client): the route's own SQL as a floor. */
export async function runStatements(pg, statements) {
  let rows = 0
  for (const [text, values] of statements) {
    rows += (await pg.query(text, values)).rowCount ?? 0
  }
  return rows
}

/**
 * An HTTP client for the server under test, authenticated as the admin. Every call answers
 * `{ status, body, bytes }` and throws on a 5xx or an unexpected status.
 */
export function httpClient(baseUrl, token) {
  const send = (method, path, body) =>
    fetch(baseUrl + path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
  async function http(method, path, body, { expect = [200] } = {}) {
    const res = await send(method, path, body)
    const text = await res.text()
    if (!expect.includes(res.status)) {
      throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 500)}`)
    }
    return { status: res.status, body: text ? JSON.parse(text) : null, bytes: Buffer.byteLength(text) }
  }
  /** A GET whose body is read as it arrives (`res.body`, a stream of bytes); throws unless 200. */
  http.stream = async (path) => {
    const res = await send("GET", path)
    if (res.status !== 200) {
      throw new Error(`GET ${path} answered ${res.status}: ${(await res.text()).slice(0, 500)}`)
    }
    return res
  }
  return http
}

/**
 * Requests per second of each of `fns` (name → request): `clients` concurrent loops each sending
 * `perClient` requests make a round, and the rounds alternate between the fns `rounds` times, so
 * both meet the same machine (one short burst each was as much noise as signal: 64 requests in
 * about a second) and any work one leaves behind after its answers (a subscriber's) falls on the
 * next round of the other as often as on its own. Answers name → requests over the summed time.
 */
export async function throughputs(fns, { clients, perClient, rounds = 3 }) {
  const burst = (fn) => () =>
    Promise.all(
      Array.from({ length: clients }, async () => {
        for (let i = 0; i < perClient; i++) {
          await fn()
        }
      })
    )
  // A round is one burst of each, the order turned every round (interleave's rotation).
  const { times } = await interleave(
    Object.fromEntries(Object.entries(fns).map(([name, fn]) => [name, burst(fn)])),
    { runs: rounds, warmup: 0 }
  )
  const rate = (ms) => Math.round(((rounds * clients * perClient) / ms) * 1000 * 10) / 10
  return Object.fromEntries(Object.entries(times).map(([name, ms]) => [name, rate(ms.reduce((sum, t) => sum + t, 0))]))
}

/** The floor ratio the issue defines: route time over (`GET /admin/users/me` + `weight` (2) × its own SQL). */
export const floorRatio = (c, a, b, weight = 2) => Math.round((c / (a + weight * b)) * 100) / 100

/**
 * A GET route measured with the issue's floors, interleaved: a = `GET /admin/users/me`, b = the
 * route's own SQL run directly (`statements`: [text, values] pairs, or a function running the built
 * repository's statements), c = the route. Answers c's p50/p95, the floors'
 * p50s, the ratio c/(a+weight·b) (weight 2 unless a case's issue says otherwise), and the route's
 * last answer (`{ body, bytes }`).
 */
export async function measureGet({ http, pg, runs }, path, statements, { weight = 2 } = {}) {
  const { times, last } = await interleave(
    {
      a: () => http("GET", "/admin/users/me"),
      b: () => (typeof statements === "function" ? statements() : runStatements(pg, statements)),
      c: () => http("GET", path),
    },
    { runs }
  )
  const [a, b, c] = [summary(times.a), summary(times.b), summary(times.c)]
  return { p50: c.p50, p95: c.p95, floor: { a_users_me: a.p50, b_own_sql: b.p50 }, ratio: floorRatio(c.p50, a.p50, b.p50, weight), answer: last.c }
}

/**
 * Runs `fn` while sampling the server's resident memory (`rssMb`, MB) every 50 ms: answers its
 * result, the peak seen, how far it rose above the memory before `fn` started, and how far the
 * second half of the run rose above the first half's peak.
 */
export async function withPeakRss(rssMb, fn) {
  const started = Date.now()
  const before = rssMb()
  // Every sample, so the rise can be told apart: a run whose memory is bounded rises early, then stays.
  const samples = [[0, before]]
  const sample = () => samples.push([Date.now() - started, rssMb()])
  const timer = setInterval(sample, 50)
  try {
    const result = await fn()
    sample()
    const half = (Date.now() - started) / 2
    const peakOf = (list) => Math.max(...list.map(([, mb]) => mb))
    const peak = peakOf(samples)
    return {
      result,
      peak_rss_mb: peak,
      rss_growth_mb: peak - before,
      late_growth_mb: peak - peakOf(samples.filter(([ms]) => ms <= half)),
    }
  } finally {
    clearInterval(timer)
  }
}

/** Polls `check` (async, truthy when done) every `everyMs` until it holds; answers the ms waited. */
export async function waitFor(check, { everyMs = 10, timeoutMs = 600_000 } = {}) {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`waited ${timeoutMs} ms in vain`)
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  return Date.now() - started
}
