#!/usr/bin/env node
// The production tests (`npm test` phase "production"): the app built once, then each scenario
// starts its own server and workers on a fresh database and Redis db, and counts rows afterwards.
// Ends with `production: N passed, M failed`. Needs Redis (REDIS_URL base, default
// redis://127.0.0.1:6379, db PRODUCTION_REDIS_DB or 5): without it every scenario is skipped.
//
//   node integration-tests/production/run.mjs [name-substring…]
import { buildApp, dropDatabase, log, TEMPLATE_DATABASE } from "./lib/app.mjs"
import { redisAvailable, testRedisUrl } from "./lib/redis.mjs"
import exactlyOnce from "./exactly-once.mjs"
import workerCrash from "./worker-crash.mjs"

const SCENARIOS = [exactlyOnce, workerCrash]
const BASE_PORT = Number(process.env.PRODUCTION_BASE_PORT || 9110)
const DATABASES = [TEMPLATE_DATABASE, "prod_exactly_once", "prod_worker_crash"]

async function main() {
  const filters = process.argv.slice(2)
  const scenarios = SCENARIOS.filter((s) => !filters.length || filters.some((f) => s.name.includes(f)))
  const redisUrl = testRedisUrl()
  if (!(await redisAvailable(redisUrl))) {
    log(`SKIPPED: no Redis answers at ${redisUrl} (set PRODUCTION_REDIS_URL); the production tests need one`)
    console.log(`production: 0 passed, 0 failed, ${scenarios.length} skipped`)
    return
  }
  await buildApp()
  let passed = 0
  let failed = 0
  for (const [i, scenario] of scenarios.entries()) {
    const t = Date.now()
    log(`── ${scenario.name}`)
    try {
      await scenario.run({ redisUrl, basePort: BASE_PORT + i * 10 })
      passed++
      log(`✓ ${scenario.name} (${((Date.now() - t) / 1000).toFixed(1)} s)`)
    } catch (e) {
      failed++
      log(`✗ ${scenario.name}: ${e?.stack || e}`)
    }
  }
  if (!process.env.KEEP_DB) {
    await Promise.all(DATABASES.map((d) => dropDatabase(d).catch(() => {})))
  }
  console.log(`production: ${passed} passed, ${failed} failed`)
  process.exitCode = failed ? 1 : 0
}

main().catch((e) => {
  console.error(`[production] ${e?.stack || e}`)
  console.log("production: 0 passed, 1 failed")
  process.exitCode = 1
})
