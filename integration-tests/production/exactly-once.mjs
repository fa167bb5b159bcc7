// Exactly once across processes: one server and two workers on one database and one Redis db.
// The billing, agreement generation, SLA breach and estimate expiry jobs run on Medusa's scheduler every 3 s and,
// in between, are fired in both workers at the same moment (ROUNDS times). Then every subscription
// period must be billed once (one Medusa order per customer × currency × run), every agreement
// occurrence generated once, every SLA breach reported once, every customer notified once and
// every unanswered estimate expired once, its SLA clock resumed once at the expiry.
import assert from "node:assert/strict"
import { log, withDb } from "./lib/app.mjs"
import { FIRE_CHANNEL, startCluster } from "./lib/cluster.mjs"
import { jobsEvery } from "../../scripts/lib/service-jobs.mjs"
import { assertCounts, billingCounts, estimateCounts, eventCounts, generationCounts, settle } from "./lib/counts.mjs"
import { fireJobsInWorkers } from "./lib/redis.mjs"

const ROUNDS = 3

export default {
  name: "exactly once: server + 2 workers, jobs fired in both workers at once",
  async run({ redisUrl, basePort }) {
    const cluster = await startCluster({ database: "prod_exactly_once", redisUrl, basePort, env: { SERVICE_JOBS: jobsEvery(3) } })
    try {
      for (let round = 1; round <= ROUNDS; round++) {
        const reports = await fireJobsInWorkers(redisUrl, FIRE_CHANNEL, { round, expected: cluster.workers.length })
        assert.equal(new Set(reports.map((r) => r.pid)).size, cluster.workers.length, "every worker ran the round")
        for (const r of reports) {
          assert.deepEqual(
            Object.values(r.results).filter((v) => v !== "ran"),
            [],
            `round ${round}, worker ${r.pid}: ${JSON.stringify(r.results)}`
          )
        }
        log(`round ${round}: fired in workers ${reports.map((r) => r.pid).join(" and ")}`)
      }
      const { seeded } = cluster
      const results = await withDb(cluster.databaseUrl, async (db) => ({
        billing: await settle(() => billingCounts(db)),
        generation: await settle(() => generationCounts(db)),
        events: await settle(() => eventCounts(db, { slaOrders: seeded.sla_orders, storefrontOrders: seeded.storefront_orders })),
        estimates: await settle(() => estimateCounts(db, { expiredEstimates: seeded.expired_estimates })),
      }))
      assertCounts(seeded, results)
    } finally {
      await cluster.stop()
    }
  },
}
