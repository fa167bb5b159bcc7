// Redis for the production tests: a db of the machine's Redis (REDIS_URL base, default
// redis://127.0.0.1:6379, db PRODUCTION_REDIS_DB or 5), emptied before use.
import Redis from "ioredis"

export function testRedisUrl() {
  const base = (process.env.PRODUCTION_REDIS_URL || "redis://127.0.0.1:6379").replace(/\/\d+$/, "")
  return `${base}/${process.env.PRODUCTION_REDIS_DB || 5}`
}

/** True when Redis answers PING at `url` within a few seconds. */
export async function redisAvailable(url) {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 3000 })
  client.on("error", () => {})
  try {
    await client.connect()
    return (await client.ping()) === "PONG"
  } catch {
    return false
  } finally {
    client.disconnect()
  }
}

/** Empties the db of `url` (only that db: the test owns it). */
export async function flushRedisDb(url) {
  const client = new Redis(url)
  try {
    await client.flushdb()
  } finally {
    client.disconnect()
  }
}

/**
 * Publishes `{ round, at, jobs, workers }` on `channel` for the workers' test-only fire job
 * (scripts/production/host/fire-jobs-on-signal.ts; `jobs` among billing, generation, sla, estimates, all
 * when omitted; `workers` names some workers, all when omitted) and resolves with the `expected`
 * workers' reports.
 */
export async function fireJobsInWorkers(url, channel, { round, expected, jobs, workers, delayMs = 1500, timeoutMs = 300000 }) {
  const subscriber = new Redis(url)
  const publisher = new Redis(url)
  try {
    const reports = []
    const done = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`round ${round}: ${reports.length} of ${expected} workers reported in time`)), timeoutMs)
      subscriber.on("message", (_c, message) => {
        const report = JSON.parse(message)
        if (report.round === round) {
          reports.push(report)
          if (reports.length === expected) {
            clearTimeout(timer)
            resolve(reports)
          }
        }
      })
    })
    await subscriber.subscribe(`${channel}:done`)
    // The workers subscribe while they load their jobs: wait until all of them listen.
    for (let i = 0; i < 60 && Number((await publisher.pubsub("NUMSUB", channel))[1]) < expected; i++) {
      await new Promise((r) => setTimeout(r, 500))
    }
    await publisher.publish(channel, JSON.stringify({ round, at: Date.now() + delayMs, jobs, workers }))
    return await done
  } finally {
    subscriber.disconnect()
    publisher.disconnect()
  }
}
