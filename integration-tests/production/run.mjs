#!/usr/bin/env node
// The production tests (`npm test` phase "production"): the app built once, then each scenario
// starts its own server and workers on a fresh database and Redis db, and counts rows afterwards.
// The databases live in an embedded PostgreSQL this script owns (an outage test stops and starts
// it); Redis is the machine's (REDIS_URL base, default redis://127.0.0.1:6379, db
// PRODUCTION_REDIS_DB or 5), plus an own `redis-server` for the Redis outage. Without Redis every
// scenario is skipped; without the redis-server binary, the outage scenario is.
// Ends with `production: N passed, M failed`.
//
//   node integration-tests/production/run.mjs [name-substring…]
import { buildApp, log } from "./lib/app.mjs"
import { redisAvailable, testRedisUrl } from "./lib/redis.mjs"
import { atCleanup, cleanUp, ownRedis, postgresForRun, redisServerInstalled } from "./lib/services.mjs"
import exactlyOnce from "./exactly-once.mjs"
import outages from "./outages.mjs"
import workerCrash from "./worker-crash.mjs"

const SCENARIOS = [exactlyOnce, workerCrash, outages]
const BASE_PORT = Number(process.env.PRODUCTION_BASE_PORT || 9110)

async function main() {
  const filters = process.argv.slice(2)
  const scenarios = SCENARIOS.filter((s) => !filters.length || filters.some((f) => s.name.includes(f)))
  const redisUrl = testRedisUrl()
  if (!(await redisAvailable(redisUrl))) {
    log(`SKIPPED: no Redis answers at ${redisUrl} (set PRODUCTION_REDIS_URL); the production tests need one`)
    console.log(`production: 0 passed, 0 failed, ${scenarios.length} skipped`)
    return
  }
  const postgres = await postgresForRun(BASE_PORT + 40)
  await buildApp()
  let redis
  let passed = 0
  let failed = 0
  let skipped = 0
  for (const [i, scenario] of scenarios.entries()) {
    const t = Date.now()
    log(`── ${scenario.name}`)
    if (scenario.needs?.includes("ownRedis") && !redisServerInstalled()) {
      skipped++
      log(`SKIPPED ${scenario.name}: no redis-server binary to restart`)
      continue
    }
    try {
      if (scenario.needs?.includes("ownRedis")) {
        if (!redis) {
          redis = await ownRedis(BASE_PORT + 45)
          atCleanup(() => redis.stop())
        }
      }
      await scenario.run({ redisUrl, basePort: BASE_PORT + i * 10, postgres, redis })
      passed++
      log(`✓ ${scenario.name} (${((Date.now() - t) / 1000).toFixed(1)} s)`)
    } catch (e) {
      failed++
      log(`✗ ${scenario.name}: ${e?.stack || e}`)
    }
  }
  console.log(`production: ${passed} passed, ${failed} failed, ${skipped} skipped`)
  process.exitCode = failed ? 1 : 0
}

main()
  .catch((e) => {
    console.error(`[production] ${e?.stack || e}`)
    console.log("production: 0 passed, 1 failed")
    process.exitCode = 1
  })
  .finally(cleanUp)
