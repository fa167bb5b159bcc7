// A billing run (`POST /admin/subscription-billing-runs`) over 2 × rows subscriptions, each with
// one period due (monthly, quarterly, yearly and 1 in 20 on an RRULE — of those, 1 in 7 every four
// weeks, which the run bills in Node, the rest a plain month step it bills in SQL; some with a pause). The first
// 200 are in USD, 20 per customer: ten invoices at every scale. The rest are in EUR, for which the
// bench has no region: their ten customers are refused at once (the run records them), so the
// invoicing phase stays the same sample whatever the scale. Two measures, each beside its floor:
// - fee transactions created per second (the run's first phase, timed from outside by watching
//   the run's row) against one `INSERT … SELECT` of the same rows into a copy of the table (the
//   issue's floor: a temporary table, so no WAL and no foreign key), and against the same
//   `INSERT … SELECT` into the real table (its foreign key, indexes and WAL; rolled back);
// - the invoicing phase per order against Medusa's `createOrderWorkflow` alone
//   (`POST /admin/draft-orders` with as many lines as an invoice).
// The server's peak RSS during the run is reported with each, to show memory stays flat with scale,
// and how far the run's second half rose above its first half's peak: bounded memory rises early, then stays.
import { summary, timed, waitFor, withPeakRss } from "../lib.mjs"
import { filledAt, vacuumAnalyze } from "./base.mjs"

const INVOICED = 200
const INVOICES = 10
const subscriptionCount = (rows) => rows * 2
/**
 * Subscription i's start (SQL over `i`): 0–27 days ago. A monthly RRULE one starts on the 28th at
 * the latest (else a day earlier): from a later day RRULE skips months, so the run bills it in
 * Node, and which ones did would follow the day the bench was filled.
 */
const START = `SELECT d - CASE WHEN i % 20 = 0 AND i % 140 <> 0 THEN greatest(0, extract(day FROM d AT TIME ZONE 'UTC')::int - 28) ELSE 0 END * interval '1 day' AS start
  FROM (SELECT date_trunc('day', now()) - ((i % 28) || ' days')::interval AS d) AS x`

/** Every bench subscription back to its first period: no fees, the cursor at its start. */
async function reset(pg) {
  await pg.query("DELETE FROM service_subscription_fee_transaction WHERE subscription_id LIKE 'ssub_bench_%'")
  await pg.query(
    `UPDATE service_subscription_cursor c SET next_period_start = s.start_date, next_due_at = s.start_date
     FROM service_subscription s WHERE s.cursor_id = c.id AND s.id LIKE 'ssub_bench_%'`
  )
  // The reset's update leaves a dead version of every cursor: vacuumed, so each run starts from
  // the table a billing run normally meets, not one bloated by the previous runs.
  await vacuumAnalyze(pg, ["service_subscription_fee_transaction", "service_subscription_cursor"])
}

/**
 * The run's fees inserted again into the real table, as one `INSERT … SELECT` (foreign key checks,
 * every index, WAL), timed, then rolled back: what creating those rows costs at least.
 */
async function insertIntoRealTable(pg, runId) {
  await pg.query("BEGIN")
  try {
    await pg.query("CREATE TEMP TABLE bench_fee_run ON COMMIT DROP AS SELECT * FROM service_subscription_fee_transaction WHERE billing_run_id = $1", [runId])
    await pg.query("DELETE FROM service_subscription_fee_transaction WHERE billing_run_id = $1", [runId])
    const insert = await timed(() => pg.query("INSERT INTO service_subscription_fee_transaction SELECT * FROM bench_fee_run"))
    return { ms: insert.ms, rows: insert.result.rowCount }
  } finally {
    await pg.query("ROLLBACK")
  }
}

/** A region in USD (the invoices' currency), made once through the admin API. */
async function usdRegion(http) {
  const { body } = await http("GET", "/admin/regions?currency_code=usd&limit=1")
  if (body.regions.length) {
    return body.regions[0].id
  }
  return (await http("POST", "/admin/regions", { name: "Bench USD", currency_code: "usd" })).body.region.id
}

export default {
  name: "subscription-billing",
  title: "Subscription billing run (2 × rows subscriptions; 10 invoices of 20 fees)",
  goal: "≥ 20,000 fees/s; invoice order ≤ 1.2× createOrderWorkflow alone; memory flat with scale",
  async fill({ pg, rows }) {
    const n = subscriptionCount(rows)
    // A database filled before the four-weekly rule existed is filled again.
    const current = async () =>
      (await pg.query("SELECT 1 FROM service_subscription WHERE id = 'ssub_bench_140' AND rrule = 'FREQ=WEEKLY;INTERVAL=4'")).rowCount > 0
    if ((await filledAt(pg, "service_subscription", "^ssub_bench_", n)) && (await current())) {
      return
    }
    await pg.query("DELETE FROM service_subscription_fee_transaction WHERE subscription_id LIKE 'ssub_bench_%'")
    await pg.query("DELETE FROM service_subscription WHERE id LIKE 'ssub_bench_%'")
    await pg.query("DELETE FROM service_subscription_cursor WHERE id LIKE 'ssubcur_bench_%'")
    // In advance, started 0–27 days ago: exactly one period due each.
    await pg.query(
      `INSERT INTO service_subscription_cursor (id, next_period_start, next_due_at)
       SELECT 'ssubcur_bench_' || i, s.start, s.start
       FROM generate_series(1, $1) AS i,
            LATERAL (${START}) AS s`,
      [n]
    )
    await pg.query(
      `INSERT INTO service_subscription (id, display_id, number, customer_id, description, amount, raw_amount,
         currency_code, frequency, rrule, billing_timing, start_date, status, pauses, cursor_id)
       SELECT 'ssub_bench_' || i, 900000000 + i, 'BENCH-SUB-' || lpad(i::text, 8, '0'),
         'cus_bench_' || (i % $3 + CASE WHEN i <= $2 THEN 0 ELSE $3 END),
         'Benchmark plan ' || i, 10 + i % 90, jsonb_build_object('value', (10 + i % 90)::text, 'precision', 20),
         CASE WHEN i <= $2 THEN 'usd' ELSE 'eur' END,
         CASE WHEN i % 20 = 0 THEN 'rrule' ELSE (ARRAY['monthly','monthly','quarterly','yearly'])[1 + i % 4] END,
         CASE WHEN i % 140 = 0 THEN 'FREQ=WEEKLY;INTERVAL=4' WHEN i % 20 = 0 THEN 'FREQ=MONTHLY;INTERVAL=2' END,
         'advance', s.start, 'active',
         CASE WHEN i % 50 = 1 THEN jsonb_build_array(jsonb_build_object('from', s.start + interval '2 days', 'to', s.start + interval '9 days')) END,
         'ssubcur_bench_' || i
       FROM generate_series(1, $1) AS i,
            LATERAL (${START}) AS s`,
      [n, INVOICED, INVOICES]
    )
    await pg.query("VACUUM ANALYZE service_subscription")
    await pg.query("VACUUM ANALYZE service_subscription_cursor")
  },
  async measure({ http, pg, rows, scale, runs, serverRssMb }) {
    const region_id = await usdRegion(http)
    await pg.query("CREATE TEMP TABLE IF NOT EXISTS bench_fee_copy (LIKE service_subscription_fee_transaction INCLUDING ALL)")
    // Three runs, five draft orders after each: the invoice ratio is a median, not one sample.
    const billingRuns = scale === "smoke" ? 1 : Math.min(runs, 3)
    const fees = []
    const invoices = []
    const floors = { insert_select: [], insert_real: [], draft_order: [] }
    const memory = { peak_rss_mb: 0, rss_growth_mb: 0, late_growth_mb: 0 }
    let last
    for (let r = 0; r < billingRuns; r++) {
      await reset(pg)
      const as_of = new Date(Date.now() - (Date.now() % 1000) + r)
      let feesDoneMs
      const started = Date.now()
      const { result: run, peak_rss_mb, rss_growth_mb, late_growth_mb } = await withPeakRss(serverRssMb, async () => {
        // The run is followed in its row, not through the response: a large run outlasts the
        // HTTP client's 300 s wait for headers, and its failure then must not end the bench.
        http("POST", "/admin/subscription-billing-runs", { as_of: as_of.toISOString() }).catch(() => {})
        const latest = async () =>
          (
            await pg.query(
              `SELECT id, status, transactions_created, transactions_invoiced, orders_created
               FROM service_billing_run WHERE as_of = $1 ORDER BY started_at DESC LIMIT 1`,
              [as_of]
            )
          ).rows[0]
        // The run writes how many fees it created when its first phase ends.
        feesDoneMs = await waitFor(async () => {
          const row = await latest()
          return row && (row.transactions_created > 0 || row.status !== "running")
        })
        await waitFor(async () => (await latest()).status !== "running", { everyMs: 100, timeoutMs: 3_600_000 })
        return latest()
      })
      const totalMs = Date.now() - started
      memory.peak_rss_mb = Math.max(memory.peak_rss_mb, peak_rss_mb)
      memory.rss_growth_mb = Math.max(memory.rss_growth_mb, rss_growth_mb)
      memory.late_growth_mb = Math.max(memory.late_growth_mb, late_growth_mb)
      fees.push({ ms: feesDoneMs, created: run.transactions_created })
      invoices.push({ ms: totalMs - feesDoneMs, orders: run.orders_created, lines: run.transactions_invoiced })
      last = run

      await pg.query("TRUNCATE bench_fee_copy")
      const copy = await timed(() =>
        pg.query("INSERT INTO bench_fee_copy SELECT * FROM service_subscription_fee_transaction WHERE billing_run_id = $1", [run.id])
      )
      floors.insert_select.push({ ms: copy.ms, rows: copy.result.rowCount })
      floors.insert_real.push(await insertIntoRealTable(pg, run.id))
      const linesPerOrder = Math.max(1, Math.round(run.transactions_invoiced / Math.max(1, run.orders_created)))
      for (let k = 0; k < 5; k++) {
        const draft = await timed(() =>
          http("POST", "/admin/draft-orders", {
            email: "bench0@example.com",
            customer_id: "cus_bench_0",
            region_id,
            items: Array.from({ length: linesPerOrder }, (_, i) => ({ title: `Fee ${i}`, quantity: 1, unit_price: 10 + i })),
          })
        )
        floors.draft_order.push(draft.ms)
      }
    }
    const rate = (created, ms) => Math.round((created / ms) * 1000)
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
    const feeRate = median(fees.map((f) => rate(f.created, f.ms)))
    const floorRate = median(floors.insert_select.map((f) => rate(f.rows, f.ms)))
    const realRate = median(floors.insert_real.map((f) => rate(f.rows, f.ms)))
    const perOrder = summary(invoices.map((i) => i.ms / Math.max(1, i.orders)))
    const draft = summary(floors.draft_order)
    return [
      {
        name: "fee transactions created",
        p50: summary(fees.map((f) => f.ms)).p50,
        p95: summary(fees.map((f) => f.ms)).p95,
        floor: { insert_select_per_s: floorRate, insert_real_table_per_s: realRate },
        fees_per_s: feeRate,
        ratio: Math.round((feeRate / floorRate) * 100) / 100,
        ratio_to_real_table: Math.round((feeRate / realRate) * 100) / 100,
        rows: last.transactions_created,
        bytes: 0,
        ...memory,
      },
      {
        name: `invoice order (${Math.round(last.transactions_invoiced / Math.max(1, last.orders_created))} lines)`,
        p50: perOrder.p50,
        p95: perOrder.p95,
        floor: { draft_order_p50: draft.p50 },
        ratio: Math.round((perOrder.p50 / draft.p50) * 100) / 100,
        rows: last.orders_created,
        bytes: 0,
        ...memory,
      },
    ]
  },
}
