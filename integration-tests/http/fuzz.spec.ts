import fc from "fast-check"
import fs from "fs"
import path from "path"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runSeed } from "../../scripts/seed"
import { LONE_SURROGATE } from "../../src/api/utils/input-guard"
import { DEMO_CUSTOMER } from "../../scripts/seed/customers"
import { bodyFor, pathParam, queryFor } from "../fuzz/arbitraries"
import { loadFixtures } from "../fuzz/fixtures"
import { FuzzTarget, fuzzPlan } from "../fuzz/plan"
import { createAdmin, createPublishableKey } from "../helpers/auth"

// Property-based fuzzing of every route's path parameters, query and body (fast-check): whatever
// arrives, the answer is never a 5xx, a refusal is a 4xx with a message, and a refused request
// changes no row count. FUZZ_RUNS (default 50) cases per route; FUZZ_SEED picks the run (fixed
// by default, "random" for a new one);
// FUZZ_ROUTES=substring limits the routes. A failing case is printed with its seed and appended
// to integration-tests/fuzz/regressions.json, which every run replays first.

jest.setTimeout(60 * 60 * 1000)

const RUNS = Number(process.env.FUZZ_RUNS ?? 50)
// A fixed seed by default, so CI replays the same cases and a red run is a real, reproducible
// finding; FUZZ_SEED=random explores new ones (do that locally and keep what it finds).
const SEED = process.env.FUZZ_SEED === "random" ? undefined : Number(process.env.FUZZ_SEED ?? 20261204)
const ONLY = process.env.FUZZ_ROUTES
const REGRESSIONS = path.join(__dirname, "..", "fuzz", "regressions.json")
const JWT_SECRET = process.env.JWT_SECRET || "supersecret"

type FuzzRequest = { method: string; url: string; body?: unknown }
type Regression = FuzzRequest & { note?: string }

// A lone surrogate cannot be percent-encoded; send its replacement character instead.
const encode = (s: string) => encodeURIComponent(s.replace(new RegExp(LONE_SURROGATE, "g"), "\ufffd"))

/** `{ a: [1, 2], b: { $gt: "x" } }` → `a=1&a=2&b[$gt]=x`, as Medusa's query parser reads it. */
function toQueryString(query: Record<string, unknown>) {
  const parts: string[] = []
  const add = (key: string, value: unknown) => {
    if (value === undefined) {
      return
    }
    if (Array.isArray(value)) {
      value.forEach((v) => add(key, v))
    } else if (value && typeof value === "object") {
      Object.entries(value).forEach(([k, v]) => add(`${key}[${k}]`, v))
    } else {
      parts.push(`${encode(key)}=${encode(String(value))}`)
    }
  }
  Object.entries(query).forEach(([k, v]) => add(k, v))
  return parts.join("&")
}

const readRegressions = (): Regression[] => JSON.parse(fs.readFileSync(REGRESSIONS, "utf8"))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { targets } = fuzzPlan()
    let adminHeaders: Record<string, string>
    let storeHeaders: Record<string, string>
    let fixtures: Record<string, Record<string, string>>
    let ids: string[]
    let countRows: () => Promise<string>

    beforeAll(async () => {
      const container = getContainer()
      await runSeed(container, { demo: true })
      adminHeaders = (await createAdmin(container, "fuzz-admin@test.dev")).headers
      const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: DEMO_CUSTOMER.email })
      const token = generateJwtToken(
        { actor_id: customer.id, actor_type: "customer", auth_identity_id: "fuzz", app_metadata: { customer_id: customer.id } },
        { secret: JWT_SECRET, expiresIn: "1d" }
      )
      storeHeaders = { authorization: `Bearer ${token}`, "x-publishable-api-key": await createPublishableKey(container) }
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      fixtures = await loadFixtures(pg, customer.id)
      ids = [...new Set(Object.values(fixtures).flatMap((row) => Object.values(row)))]
      // Row counts of the plugin's tables (and the Medusa ones it writes), in one statement.
      const { rows } = await pg.raw(
        `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
           and (table_name like 'service%' or table_name like '%service_management%'
                or table_name in ('order', 'order_item', 'return', 'return_item', 'customer', 'reservation_item'))
         order by table_name`
      )
      const sql = rows.map((r: any) => `select '${r.table_name}' as t, count(*)::int as n from "${r.table_name}"`).join(" union all ")
      countRows = async () => JSON.stringify((await pg.raw(sql)).rows)
    })

    const send = async ({ method, url, body }: FuzzRequest) => {
      const headers = url.startsWith("/store") ? storeHeaders : adminHeaders
      // Serialized here: axios refuses to send a bare number or string as a body.
      const data = body === undefined ? undefined : JSON.stringify(body)
      return api.request({
        method,
        url,
        data,
        headers: { ...headers, "content-type": "application/json" },
        transformRequest: (d: unknown) => d,
        validateStatus: () => true,
        maxRedirects: 0,
      })
    }

    // The row counts as the last write left them: a write is counted once, after it, which halves
    // the counting. A refused write that seems to have changed them is sent again with the counts
    // taken just before it, so a late effect of an earlier write is not blamed on it.
    let counted: string | undefined

    /** Sends one request and returns what is wrong with the answer (null when it holds). */
    const check = async (request: FuzzRequest, recount = false): Promise<string | null> => {
      // Reads are not counted around: the counts are what a refused write must leave alone.
      const writes = request.method !== "GET"
      const fresh = recount || counted === undefined
      const before = writes ? (fresh ? await countRows() : (counted as string)) : ""
      const res = await send(request)
      const after = writes ? await countRows() : ""
      counted = writes ? after : counted
      if (res.status >= 500) {
        return `answered ${res.status}: ${JSON.stringify(res.data).slice(0, 300)}`
      }
      if (res.status >= 400) {
        if (typeof res.data?.message !== "string" || !res.data.message.trim()) {
          return `answered ${res.status} without a message: ${JSON.stringify(res.data).slice(0, 300)}`
        }
        if (writes && after !== before) {
          if (!fresh) {
            return check(request, true)
          }
          return `answered ${res.status} (${res.data.message}) but changed row counts`
        }
      }
      return null
    }

    const keep = (request: FuzzRequest, problem: string) => {
      const known = readRegressions()
      const key = JSON.stringify([request.method, request.url, request.body])
      if (!known.some((r) => JSON.stringify([r.method, r.url, r.body]) === key)) {
        fs.writeFileSync(REGRESSIONS, JSON.stringify([...known, { ...request, note: problem }], null, 2) + "\n")
      }
    }

    const requestFor = (target: FuzzTarget) => {
      const real = target.fixtureKey ? fixtures[target.fixtureKey] ?? {} : {}
      const params = [...target.matcher.matchAll(/:([a-z_]+)/g)].map((m) => m[1])
      return fc
        .record({
          params: fc.tuple(...params.map((p) => pathParam(real[p])), fc.constant(null)),
          query: target.method === "GET" ? queryFor(target.vocabulary, ids) : fc.constant({}),
          body: target.method === "POST" ? bodyFor(target.vocabulary, ids) : fc.constant(undefined),
        })
        .map(({ params: values, query, body }): FuzzRequest => {
          let i = 0
          const url = target.matcher.replace(/:([a-z_]+)/g, () => encode(String(values[i++])))
          const qs = toQueryString(query as Record<string, unknown>)
          return { method: target.method, url: qs ? `${url}?${qs}` : url, body }
        })
    }

    it("replays the kept regression cases", async () => {
      const failures: string[] = []
      for (const request of readRegressions()) {
        const problem = await check(request)
        if (problem) {
          failures.push(`${request.method} ${request.url.slice(0, 200)}: ${problem}`)
        }
      }
      expect(failures).toEqual([])
    })

    for (const target of targets.filter((t) => !ONLY || `${t.method} ${t.matcher}`.includes(ONLY))) {
      it(`${target.method} ${target.matcher}: no 5xx, refusals are 4xx with a message and change nothing`, async () => {
        await fc.assert(
          fc.asyncProperty(requestFor(target), async (request) => {
            const problem = await check(request)
            if (problem) {
              keep(request, problem)
              throw new Error(`${request.method} ${request.url.slice(0, 300)} ${JSON.stringify(request.body)?.slice(0, 300) ?? ""}\n${problem}`)
            }
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true }
        )
      })
    }
  },
})
