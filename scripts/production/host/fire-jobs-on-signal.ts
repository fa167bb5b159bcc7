/**
 * Test-only job of the production test's host app (copied into its src/jobs by
 * integration-tests/production/lib/app.mjs; never part of the plugin). Medusa's Redis scheduler
 * hands each tick of a job to one worker; to fire the plugin's jobs in every worker at the same
 * moment, each worker listens on a Redis channel and, on `{ round, at, jobs?, workers? }`, runs
 * the jobs' handlers (the functions the scheduler calls; all three unless `jobs` names some) at
 * `at`, then reports what each did. `workers` (names in PRODUCTION_TEST_WORKER_NAME) picks workers.
 */
import { container } from "@medusajs/framework"
import Redis from "ioredis"
import checkSlaBreachesJob from "../../../src/jobs/check-sla-breaches"
import expireServiceEstimatesJob from "../../../src/jobs/expire-service-estimates"
import generateAgreementOrdersJob from "../../../src/jobs/generate-agreement-orders"
import runSubscriptionBillingJob from "../../../src/jobs/run-subscription-billing"

const JOBS = {
  billing: runSubscriptionBillingJob,
  generation: generateAgreementOrdersJob,
  sla: checkSlaBreachesJob,
  estimates: expireServiceEstimatesJob,
}
const channel = process.env.PRODUCTION_TEST_FIRE_CHANNEL

if (channel && process.env.REDIS_URL) {
  const subscriber = new Redis(process.env.REDIS_URL)
  const publisher = new Redis(process.env.REDIS_URL)
  void subscriber.subscribe(channel)
  subscriber.on("message", async (_channel: string, message: string) => {
    const { round, at, jobs, workers } = JSON.parse(message) as { round: number; at: number; jobs?: string[]; workers?: string[] }
    if (workers && !workers.includes(process.env.PRODUCTION_TEST_WORKER_NAME ?? "")) {
      return
    }
    await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())))
    const chosen = Object.entries(JOBS).filter(([name]) => !jobs || jobs.includes(name))
    const results = await Promise.all(
      chosen.map(async ([name, job]) => {
        try {
          await job(container)
          return [name, "ran"]
        } catch (e) {
          return [name, `failed: ${(e as Error)?.message ?? e}`]
        }
      })
    )
    await publisher.publish(`${channel}:done`, JSON.stringify({ round, pid: process.pid, worker: process.env.PRODUCTION_TEST_WORKER_NAME, results: Object.fromEntries(results) }))
  })
}

/** Scheduled once a year only because a job file needs a schedule; the channel is what fires it. */
export default async function productionTestFireJobs() {}

export const config = { name: "production-test-fire-jobs", schedule: "0 0 1 1 *" }
