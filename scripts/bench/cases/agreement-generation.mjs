// Agreement generation (`POST /admin/service-agreements/generate-orders`, what the daily job does)
// over rows / 20 active agreements (500 at 10k) with two lines each, one occurrence due per line
// on different days: two service orders per agreement. Measures orders created per second, then a
// re-run that finds everything generated (it must answer from the occurrence keys alone), and the
// server's peak RSS during the generation, to show memory stays flat with scale. Then the same
// agreements with five months due (a generation catching up: five times the orders), whose memory
// shows whether it follows the run's size: a bounded run rises early, then its second half stays.
import { summary, timed, withPeakRss } from "../lib.mjs"
import { filledAt } from "./base.mjs"

const agreementCount = (rows) => Math.max(10, Math.round(rows / 20))
/**
 * This case's agreements, `sagr_bench_0000001` on: a pattern, not the prefix `sagr_bench_`, which
 * the entitlement case's `sagr_bench_ent_…` share (taken for this case's, they made a second run at
 * a scale refill, and fail on their allowances).
 */
const OWN = "^sagr_bench_[0-9]+$"

/** Nothing generated yet: the claims go, the generation cursors are unknown again, and the orders generated earlier are soft-deleted. */
async function reset(pg) {
  await pg.query("DELETE FROM service_agreement_occurrence WHERE agreement_id ~ $1", [OWN])
  await pg.query("UPDATE service_agreement SET generation_due_at = NULL WHERE id ~ $1", [OWN])
  await pg.query("UPDATE service_order SET deleted_at = now() WHERE agreement_id ~ $1 AND deleted_at IS NULL", [OWN])
  await pg.query("VACUUM ANALYZE service_agreement_occurrence")
  await pg.query("VACUUM ANALYZE service_agreement")
}

export default {
  name: "agreement-generation",
  title: "Agreement generation (rows / 20 agreements, 2 lines due each)",
  goal: "≥ 1,000 orders/s; a re-run creating nothing < 1 s; memory flat with scale",
  async fill({ pg, rows }) {
    const n = agreementCount(rows)
    if (await filledAt(pg, "service_agreement", OWN, n)) {
      return
    }
    await reset(pg)
    await pg.query("DELETE FROM service_agreement_line WHERE agreement_id ~ $1", [OWN])
    await pg.query("DELETE FROM service_agreement WHERE id ~ $1", [OWN])
    // Valid from 10 days ago; the second line starts a day later, so its visit is another order.
    await pg.query(
      `INSERT INTO service_agreement (id, display_id, number, customer_id, name, status, valid_from, currency_code,
         is_template, activated_at)
       SELECT 'sagr_bench_' || lpad(i::text, 7, '0'), 900000000 + i, 'BENCH-AGR-' || lpad(i::text, 7, '0'),
         'cus_bench_' || (i % 2000), 'Benchmark agreement ' || i, 'active', date_trunc('day', now()) - interval '10 days',
         'usd', false, now()
       FROM generate_series(1, $1) AS i`,
      [n]
    )
    await pg.query(
      `INSERT INTO service_agreement_line (id, agreement_id, type, description, quantity, raw_quantity, unit_price,
         raw_unit_price, unit_cost, raw_unit_cost, recurrence, valid_from)
       SELECT 'sagl_bench_' || lpad(i::text, 7, '0') || '_' || k, 'sagr_bench_' || lpad(i::text, 7, '0'), 'hour',
         'Visit ' || k, 1, '{"value":"1","precision":20}', 50, '{"value":"50","precision":20}',
         30, '{"value":"30","precision":20}', 'FREQ=MONTHLY', date_trunc('day', now()) - interval '10 days' + (k || ' days')::interval
       FROM generate_series(1, $1) AS i, generate_series(0, 1) AS k`,
      [n]
    )
    await pg.query("VACUUM ANALYZE service_agreement")
    await pg.query("VACUUM ANALYZE service_agreement_line")
  },
  async measure({ http, pg, rows, scale, runs, serverRssMb }) {
    const generations = scale === "smoke" ? 1 : Math.min(runs, 2)
    const until = new Date().toISOString()
    const first = []
    const again = []
    const memory = { peak_rss_mb: 0, rss_growth_mb: 0 }
    let created = 0
    // Warm-up: one agreement's generation through its own route (the same workflow), so the first
    // measured run does not carry the server's first-use costs (lazy loading, JIT) at any scale.
    await reset(pg)
    await http("POST", "/admin/service-agreements/sagr_bench_0000001/generate-orders", { until })
    for (let r = 0; r < generations; r++) {
      await reset(pg)
      const { result, peak_rss_mb, rss_growth_mb } = await withPeakRss(serverRssMb, () =>
        timed(() => http("POST", "/admin/service-agreements/generate-orders", { until }))
      )
      memory.peak_rss_mb = Math.max(memory.peak_rss_mb, peak_rss_mb)
      memory.rss_growth_mb = Math.max(memory.rss_growth_mb, rss_growth_mb)
      created = result.result.body.count
      first.push({ ms: result.ms, created })
      const rerun = await timed(() => http("POST", "/admin/service-agreements/generate-orders", { until }))
      if (rerun.result.body.count !== 0) {
        throw new Error(`a re-run generated ${rerun.result.body.count} orders again`)
      }
      again.push(rerun.ms)
    }
    const expected = agreementCount(rows) * 2
    if (created !== expected) {
      throw new Error(`generation created ${created} orders, expected ${expected}`)
    }
    // Four months on, each line has up to four more occurrences due (RRULE skips a month that
    // lacks the anchor's day, so how many depends on the day the bench runs).
    await reset(pg)
    const later = new Date(until)
    later.setUTCMonth(later.getUTCMonth() + 4)
    const catchUp = await withPeakRss(serverRssMb, () =>
      timed(() => http("POST", "/admin/service-agreements/generate-orders", { until: later.toISOString() }))
    )
    const caughtUp = { ms: catchUp.result.ms, created: catchUp.result.result.body.count }
    if (caughtUp.created <= created) {
      throw new Error(`five months due created ${caughtUp.created} orders, no more than one month's ${created}`)
    }
    const rate = (f) => Math.round((f.created / f.ms) * 1000 * 10) / 10
    const rates = first.map(rate).sort((a, b) => a - b)
    const medianRate = rates[Math.floor(rates.length / 2)]
    const caughtUpRate = rate(caughtUp)
    // Both goals are 1 000 (orders/s, ms): the ratio is the measure over it, in hundredths.
    const toGoal = (value) => Math.round((value / 1000) * 100) / 100
    const orders = summary(first.map((f) => f.ms))
    const rerun = summary(again)
    const caughtUpTime = summary([caughtUp.ms])
    return [
      {
        name: `generate ${created} orders`,
        p50: orders.p50,
        p95: orders.p95,
        floor: { goal_orders_per_s: 1000 },
        orders_per_s: medianRate,
        ratio: toGoal(medianRate),
        rows: created,
        bytes: 0,
        ...memory,
      },
      {
        name: `generate ${caughtUp.created} orders, five months due`,
        p50: caughtUpTime.p50,
        p95: caughtUpTime.p95,
        floor: { goal_orders_per_s: 1000 },
        orders_per_s: caughtUpRate,
        ratio: toGoal(caughtUpRate),
        rows: caughtUp.created,
        bytes: 0,
        peak_rss_mb: catchUp.peak_rss_mb,
        rss_growth_mb: catchUp.rss_growth_mb,
        late_growth_mb: catchUp.late_growth_mb,
      },
      {
        name: "re-run creating nothing",
        p50: rerun.p50,
        p95: rerun.p95,
        floor: { goal_ms: 1000 },
        ratio: toGoal(rerun.p50),
        rows: 0,
        bytes: 0,
        ...memory,
      },
    ]
  },
}
