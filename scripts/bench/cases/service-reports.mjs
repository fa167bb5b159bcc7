// The service reports (GET /admin/service-reports/*) over the base orders with three lines each
// (one not billable), an SLA with actual minutes on every order, a third of them closed, and the
// dispatch board's technicians and assignments (for utilisation), and one subscription per ten
// orders with its monthly, quarterly or yearly fees since it started (some cancelled, some paused,
// some fees credited) for the subscription reports.
//
// Each report's JSON page is measured against floor a (GET /admin/users/me) and floor b, the
// report's own SQL run directly (the built repository's page of 50 — the statements the route
// sends — on the benchmark's pg client); the goal is the c ≤ a + 1.5 b. The CSV export of
// ≥ 10 000 lines is timed to its first byte and its last, with the server's RSS growth meanwhile.
// The work description and job receipt PDFs are timed beside floor a; their goal is p50 < 300 ms.
import { built, interleave, pgManager, summary } from "../lib.mjs"
import { vacuumAnalyze } from "./base.mjs"
import dispatchBoard from "./dispatch-board.mjs"

const DAY = 24 * 60 * 60 * 1000
const LINES = 3
const CSV_ROWS = 10_000
// At most this many customer ids in an export's URL (~25 bytes each; the 16 KB header limit is far).
const CSV_CUSTOMERS_IN_URL = 300
const SLA_ID = "sla_bench"
const SUBSCRIPTIONS_PER_ORDER = 1 / 10
const PDF_GOAL_MS = 300

/** c / (a + 1.5 b): the goal for the reports is ≤ 1. */
const reportRatio = (c, a, b) => Math.round((c / (a + 1.5 * b)) * 100) / 100

/**
 * The report's own SQL run directly on `pg`: the built repository's `page()` — the statement (or,
 * for a listing, the two) the route sends for its first page of 50: the grouped rows, their count
 * and the totals per currency, including whatever the totals read beyond the rows (the orders of
 * a margin by line, task or technician). Field KPIs first read the technicians' calendars and
 * compute their working periods, as the service does before the page.
 */
function ownSql(pg, report, filters) {
  const repositories = built("repositories/index.js")
  const manager = pgManager(pg)
  const Repository = {
    order_margin: repositories.OrderMarginReportRepository,
    sla_compliance: repositories.SlaComplianceReportRepository,
    subscriptions: repositories.SubscriptionReportRepository,
    field_kpis: repositories.FieldKpiReportRepository,
  }[report]
  const repository = new Repository({ manager })
  const page = (f) => repository.page(f, { limit: 50, offset: 0 }, { manager })
  if (report !== "field_kpis") {
    return () => page(filters)
  }
  const { workingPeriodsBetween } = built("utils/working-periods.js")
  return async () => {
    const calendars = await repository.listCalendars(filters, { manager })
    return page({ ...filters, calendars: calendars.map((c) => ({ ...c, periods: workingPeriodsBetween(c, filters.from, filters.to) })) })
  }
}

function variants(now) {
  const year = new Date(now.getTime() - 365 * DAY)
  const month = new Date(now.getTime() - 30 * DAY)
  const iso = (d) => encodeURIComponent(d.toISOString())
  const margin = { date_field: "created" }
  return [
    { name: "order margin by order", path: "order-margin?group_by=order", report: "order_margin", filters: { ...margin, group_by: "order" } },
    { name: "order margin by customer", path: "order-margin?group_by=customer", report: "order_margin", filters: { ...margin, group_by: "customer" } },
    { name: "order margin by technician", path: "order-margin?group_by=technician", report: "order_margin", filters: { ...margin, group_by: "technician" } },
    { name: "order margin by month, last year", path: `order-margin?group_by=month&from=${iso(year)}`, report: "order_margin", filters: { ...margin, group_by: "month", from: year } },
    { name: "order margin of one customer", path: "order-margin?group_by=order&customer_id=cus_bench_7", report: "order_margin", filters: { ...margin, group_by: "order", customer_id: ["cus_bench_7"] } },
    { name: "SLA compliance by SLA", path: "sla-compliance?group_by=sla", report: "sla_compliance", filters: { group_by: "sla", at_risk_minutes: 240, now } },
    { name: "SLA compliance by technician", path: "sla-compliance?group_by=technician", report: "sla_compliance", filters: { group_by: "technician", at_risk_minutes: 240, now } },
    { name: "subscription transactions by month", path: "subscription-transactions?group_by=month", report: "subscriptions", filters: { group_by: "month", now } },
    { name: "subscription transactions by subscription", path: "subscription-transactions?group_by=subscription", report: "subscriptions", filters: { group_by: "subscription", now } },
    { name: "fee transactions, last year", path: `subscription-fee-transactions?group_by=transaction&from=${iso(year)}`, report: "subscriptions", filters: { group_by: "transaction", from: year, now } },
    { name: "field KPIs by technician, 30 days", path: `field-kpis?group_by=technician&from=${iso(month)}&to=${iso(now)}`, report: "field_kpis", filters: { group_by: "technician", from: month, to: now, repeat_days: 30, now } },
    { name: "backlog by age", path: `field-kpis?group_by=age_bucket&from=${iso(month)}&to=${iso(now)}`, report: "field_kpis", filters: { group_by: "age_bucket", from: month, to: now, repeat_days: 30, now } },
  ]
}

/**
 * The CSV export streamed `runs` times after one warm-up: time to the first byte and to the last,
 * and the server's RSS growth over its RSS before the request (sampled every 10 ms while it
 * streams).
 */
async function measureCsv({ http, runs, serverRssMb }, path) {
  const first = []
  const total = []
  let growth = 0
  let rows = 0
  let bytes = 0
  for (let run = -1; run < runs; run++) {
    const before = serverRssMb()
    let peak = before
    const sampler = setInterval(() => (peak = Math.max(peak, serverRssMb())), 10)
    const t0 = process.hrtime.bigint()
    const ms = () => Number(process.hrtime.bigint() - t0) / 1e6
    const res = await http.stream(path)
    let firstByte
    let newlines = 0
    let size = 0
    for await (const chunk of res.body) {
      firstByte ??= ms()
      size += chunk.length
      for (const b of chunk) {
        newlines += b === 10 ? 1 : 0
      }
    }
    clearInterval(sampler)
    if (run < 0) {
      continue
    }
    total.push(ms())
    first.push(firstByte)
    peak = Math.max(peak, serverRssMb())
    growth = Math.max(growth, peak - before)
    rows = newlines - 1
    bytes = size
  }
  const [f, t] = [summary(first), summary(total)]
  return { p50: t.p50, p95: t.p95, first_byte: { p50: f.p50, p95: f.p95 }, rss_growth_mb: Math.round(growth), rows, bytes }
}

/**
 * `count` subscriptions of the base customers, started over the last two years on the first of a
 * month, and each one's fees from its start to now, set-based: every tenth cancelled two months
 * ago, every 25th paused for a month last quarter (its fee of that month not billed), every 40th
 * credited, the others invoiced — the current period's too, as the daily billing run leaves it, so
 * a billing run in the same database (the billing case) has none of them to invoice. Kept when
 * the count matches.
 */
async function fillSubscriptions(pg, count) {
  const { rows: [{ n }] } = await pg.query("SELECT count(*)::int AS n FROM service_subscription WHERE id LIKE 'ssub_rep_%'")
  if (n === count) {
    return
  }
  await pg.query("DELETE FROM service_subscription_fee_transaction WHERE id LIKE 'sfee_rep_%'")
  await pg.query("DELETE FROM service_subscription WHERE id LIKE 'ssub_rep_%'")
  await pg.query("DELETE FROM service_subscription_cursor WHERE id LIKE 'ssubcur_rep_%'")
  await pg.query(
    `INSERT INTO service_subscription_cursor (id, next_period_start, next_due_at)
     SELECT 'ssubcur_rep_' || i, date_trunc('month', now()) + interval '1 month', date_trunc('month', now()) + interval '1 month'
     FROM generate_series(1, $1) AS i`,
    [count]
  )
  await pg.query(
    `INSERT INTO service_subscription (id, display_id, number, customer_id, description, amount, raw_amount, currency_code, frequency,
       billing_timing, start_date, status, pauses, cancel_from, cancelled_at, cursor_id)
     SELECT 'ssub_rep_' || i, 800000000 + i, 'REP-SUB-' || i, 'cus_bench_' || (i % 2000), 'Plan ' || i,
       10 + i % 90, jsonb_build_object('value', (10 + i % 90)::text, 'precision', 20), (ARRAY['eur','usd'])[1 + i % 2],
       (ARRAY['monthly','monthly','monthly','quarterly','yearly'])[1 + i % 5], 'advance', x.start,
       CASE WHEN i % 10 = 0 THEN 'cancelled' ELSE 'active' END,
       CASE WHEN i % 25 = 0 THEN jsonb_build_array(jsonb_build_object('from', x.month - interval '3 months', 'to', x.month - interval '2 months')) END,
       CASE WHEN i % 10 = 0 THEN x.month - interval '2 months' END, CASE WHEN i % 10 = 0 THEN x.month - interval '2 months' END,
       'ssubcur_rep_' || i
     FROM generate_series(1, $1) AS i,
          LATERAL (SELECT date_trunc('month', now()) AS month, date_trunc('month', now()) - ((i % 24) || ' months')::interval AS start) x`,
    [count]
  )
  // Each subscription's periods from its start up to now (or its cancellation), minus a paused month.
  await pg.query(
    `INSERT INTO service_subscription_fee_transaction (id, subscription_id, customer_id, currency_code, period_start, period_end, due_at,
       period_days, billable_days, full_amount, raw_full_amount, amount, raw_amount, status, credit_amount, raw_credit_amount, invoiced_at)
     SELECT 'sfee_rep_' || s.n || '_' || p.k, s.id, s.customer_id, s.currency_code, p.start, p.start + s.step, p.start,
       extract(day FROM p.start + s.step - p.start)::int, extract(day FROM p.start + s.step - p.start)::int,
       s.amount, s.raw_amount, s.amount, s.raw_amount,
       CASE WHEN (s.n + p.k) % 40 = 0 THEN 'credited' ELSE 'invoiced' END,
       CASE WHEN (s.n + p.k) % 40 = 0 THEN s.amount END,
       CASE WHEN (s.n + p.k) % 40 = 0 THEN s.raw_amount END,
       p.start
     FROM (SELECT id, substring(id from 10)::int AS n, customer_id, currency_code, amount, raw_amount, start_date, cancel_from, pauses,
             CASE frequency WHEN 'monthly' THEN interval '1 month' WHEN 'quarterly' THEN interval '3 months' ELSE interval '1 year' END AS step
           FROM service_subscription WHERE id LIKE 'ssub_rep_%') s,
          LATERAL (SELECT k, s.start_date + k * s.step AS start FROM generate_series(0, 24) AS k) p
     WHERE p.start < coalesce(s.cancel_from, now())
       AND NOT (s.pauses IS NOT NULL AND p.start >= (s.pauses->0->>'from')::timestamptz AND p.start < (s.pauses->0->>'to')::timestamptz)`
  )
  await vacuumAnalyze(pg, ["service_subscription", "service_subscription_fee_transaction"])
}

/** A PDF document route timed beside floor a (its bytes read whole, as a browser saves it). */
async function measurePdf({ http, runs }, name, path) {
  const pdf = async () => Buffer.from(await (await http.stream(path)).arrayBuffer())
  const { times, last } = await interleave({ a: () => http("GET", "/admin/users/me"), c: pdf }, { runs })
  const [a, c] = [summary(times.a), summary(times.c)]
  return { name, p50: c.p50, p95: c.p95, floor: { a_users_me: a.p50 }, ratio: Math.round((c.p50 / PDF_GOAL_MS) * 100) / 100, rows: 1, bytes: last.c.length }
}

export default {
  name: "service-reports",
  title: "Service reports, a page of 50 each; CSV export of ≥10,000 lines",
  goal: "c/(a+1.5b) ≤ 1.0; CSV: first byte long before the last, flat server memory",
  async fill(context) {
    const { pg, rows } = context
    // Technicians and assignments: the dispatch board's (time worked for utilisation).
    await dispatchBoard.fill(context)
    await fillSubscriptions(pg, Math.ceil(rows * SUBSCRIPTIONS_PER_ORDER))
    const technicians = (await pg.query("SELECT count(*)::int AS n FROM service_technician WHERE id LIKE 'stech_bench_%'")).rows[0].n
    const { rows: [{ n }] } = await pg.query("SELECT count(*)::int AS n FROM service_order_line WHERE id LIKE 'sol_bench_%'")
    if (n === rows * LINES) {
      return
    }
    await pg.query("DELETE FROM service_order_line WHERE id LIKE 'sol_bench_%'")
    const hours = JSON.stringify(Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [{ start: "08:00", end: "16:00" }]])))
    await pg.query(
      `INSERT INTO service_level_agreement (id, code, name, response_minutes, resolution_minutes, timezone, working_hours)
       VALUES ($1, 'BENCH', 'Bench SLA', 60, 480, 'UTC', $2::jsonb) ON CONFLICT (id) DO NOTHING`,
      [SLA_ID, hours]
    )
    // Hours, an item and a fee (not billable) per order, each worked by one of the technicians.
    await pg.query(
      `INSERT INTO service_order_line (id, type, description, quantity, raw_quantity, unit_price, raw_unit_price, unit_cost, raw_unit_cost,
         billable, technician_id, service_order_id)
       SELECT 'sol_bench_' || i || '_' || l, (ARRAY['hour','item','fee'])[l], 'Line ' || l, 1 + i % 3, jsonb_build_object('value', (1 + i % 3)::text, 'precision', 20),
         10 * l, jsonb_build_object('value', (10 * l)::text, 'precision', 20), 6 * l, jsonb_build_object('value', (6 * l)::text, 'precision', 20),
         l <> 3, 'stech_bench_' || (i % $1), 'sord_bench_' || i
       FROM generate_series(1, $2) AS i, generate_series(1, ${LINES}) AS l`,
      [technicians, rows]
    )
    // Every order under the SLA with its actual minutes; every third one resolved and closed a day later.
    await pg.query(
      `UPDATE service_order so SET sla_id = $1, responded_at = so.created_at + interval '1 hour',
         response_due_at = so.created_at + interval '1 hour', resolution_due_at = so.created_at + interval '8 hours',
         response_actual_minutes = x.n % 120, resolution_actual_minutes = CASE WHEN x.n % 3 = 0 THEN x.n % 900 END,
         resolved_at = CASE WHEN x.n % 3 = 0 THEN so.created_at + interval '1 day' END,
         closed_at = CASE WHEN x.n % 3 = 0 THEN so.created_at + interval '1 day' END
       FROM (SELECT id, substring(id from 12)::int AS n FROM service_order WHERE id LIKE 'sord_bench_%') x
       WHERE so.id = x.id`,
      [SLA_ID]
    )
    await vacuumAnalyze(pg, ["service_order", "service_order_line", "service_level_agreement"])
  },
  async measure(context) {
    const { http, pg, runs, rows } = context
    const results = []
    for (const v of variants(new Date())) {
      const path = `/admin/service-reports/${v.path}`
      const { times, last } = await interleave(
        { a: () => http("GET", "/admin/users/me"), b: ownSql(pg, v.report, v.filters), c: () => http("GET", path) },
        { runs }
      )
      const [a, b, c] = [summary(times.a), summary(times.b), summary(times.c)]
      const answer = last.c
      results.push({
        name: v.name,
        p50: c.p50,
        p95: c.p95,
        floor: { a_users_me: a.p50, b_own_sql: b.p50 },
        ratio: reportRatio(c.p50, a.p50, b.p50),
        rows: answer.body.rows.length,
        count: answer.body.count,
        bytes: answer.bytes,
      })
    }
    // The first customers' lines, ≥ 10 000 of them, then six times as many: memory that stays flat
    // grows no more for the larger export. Every line instead when that takes more customers than
    // a URL holds (Node answers 431 past 16 KB of headers: at 10k, 667 customers).
    const perCustomer = (rows * LINES) / 2000
    for (const times of [1, 6]) {
      const needed = Math.ceil((times * CSV_ROWS) / perCustomer)
      const customers = needed <= CSV_CUSTOMERS_IN_URL ? Array.from({ length: needed }, (_, i) => `&customer_id=cus_bench_${i}`).join("") : ""
      const csv = await measureCsv(context, `/admin/service-reports/order-margin?format=csv&group_by=line${customers}`)
      results.push({
        name: `CSV export, margin by line (first byte p50 ${csv.first_byte.p50} ms; server RSS +${csv.rss_growth_mb} MB)`,
        ...csv,
        floor: { first_byte: csv.first_byte.p50 },
        ratio: Math.round((csv.first_byte.p50 / csv.p50) * 100) / 100,
      })
    }
    // The PDFs of an order with its three lines; the ratio is p50 over the goal (300 ms).
    for (const [kind, label] of [["work-description", "work description"], ["job-receipt", "job receipt"]]) {
      results.push(await measurePdf(context, `PDF ${label} (ratio: p50 / ${PDF_GOAL_MS} ms)`, `/admin/service-orders/sord_bench_1/${kind}`))
    }
    return results
  },
}
