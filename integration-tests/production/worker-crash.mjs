// A worker killed with SIGKILL in the middle of a billing run, another in the middle of an
// agreement generation: the next runs (in a new worker) complete the work with nothing billed or
// generated twice and nothing skipped. The jobs run only when the test fires them.
import assert from "node:assert/strict"
import { log, sleep, withDb } from "./lib/app.mjs"
import { FIRE_CHANNEL, startCluster } from "./lib/cluster.mjs"
import { jobsUnscheduled } from "../../scripts/lib/service-jobs.mjs"
import { assertCounts, billingCounts, eventCounts, generationCounts, settle } from "./lib/counts.mjs"
import { fireJobsInWorkers } from "./lib/redis.mjs"

const one = async (db, sql) => Number(Object.values((await db.query(sql)).rows[0])[0])

// "In the middle": some of the work is written, not all of it (billing: some customers invoiced).
const MIDDLE = {
  billing: async (db) =>
    (await one(
      db,
      `SELECT count(*) FILTER (WHERE status = 'invoiced') > 0 AND count(*) FILTER (WHERE status <> 'invoiced') > 0
       FROM service_subscription_fee_transaction`
    )) === 1,
  generation: async (db) => {
    const { counts } = await generationCounts(db)
    return counts.occurrences_generated > 0 && counts.occurrences_generated < counts.occurrences_due
  },
}

/** Fires `job` in `worker` alone and SIGKILLs it as soon as the job is half done. */
async function killMidway({ db, redisUrl, worker, job, round }) {
  const fired = fireJobsInWorkers(redisUrl, FIRE_CHANNEL, { round, expected: 1, jobs: [job], workers: [worker.name], delayMs: 0, timeoutMs: 120000 })
  fired.catch(() => {}) // the worker dies before it reports
  const until = Date.now() + 120000
  while (!(await MIDDLE[job](db))) {
    assert.ok(Date.now() < until, `${job} never reached its middle`)
    await sleep(50)
  }
  await worker.kill()
  const { counts } = job === "billing" ? await billingCounts(db) : await generationCounts(db)
  log(`SIGKILLed ${worker.name} (pid ${worker.pid}) in the middle of ${job}: ${JSON.stringify(counts)}`)
}

export default {
  name: "faults: a worker SIGKILLed mid billing and mid generation, the next runs complete",
  async run({ redisUrl, basePort }) {
    const cluster = await startCluster({
      database: "prod_worker_crash",
      redisUrl,
      basePort,
      server: false,
      workers: 3,
      seedCustomers: Number(process.env.PRODUCTION_CRASH_CUSTOMERS || 30),
      env: { SERVICE_JOBS: jobsUnscheduled() },
    })
    try {
      const { seeded } = cluster
      const results = await withDb(cluster.databaseUrl, async (db) => {
        const [first, second, survivor] = cluster.workers
        await killMidway({ db, redisUrl, worker: first, job: "billing", round: 1 })
        await killMidway({ db, redisUrl, worker: second, job: "generation", round: 2 })
        // The dead workers' locks expire within their ttl (no longer renewed; an agreement's lock
        // within 2 minutes): until then a run skips or fails that part; fire until the counts are whole.
        let round = 3
        const fireAndCount = async () => {
          await fireJobsInWorkers(redisUrl, FIRE_CHANNEL, { round: round++, expected: 1, workers: [survivor.name] })
          const billing = await billingCounts(db)
          const generation = await generationCounts(db)
          return { billing, generation, problems: [...billing.problems, ...generation.problems] }
        }
        const whole = await settle(fireAndCount, { timeoutMs: 240000 })
        log(`${survivor.name} completed the work in ${round - 3} round(s)`)
        const events = await settle(() =>
          eventCounts(db, { slaOrders: seeded.sla_orders, storefrontOrders: seeded.storefront_orders, workersKilled: true })
        )
        return { billing: whole.billing, generation: whole.generation, events }
      })
      assertCounts(seeded, results)
    } finally {
      await cluster.stop()
    }
  },
}
