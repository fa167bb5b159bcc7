// What the production tests count after the jobs ran: every number is read from the database.
// `problems` lists each violation of "exactly once" (twice, skipped, or left undone).
import assert from "node:assert/strict"
import { log, sleep } from "./app.mjs"

/** Polls `check` until it reports no problems (events are delivered asynchronously) or time is up. */
export async function settle(check, { timeoutMs = 90000 } = {}) {
  const until = Date.now() + timeoutMs
  let result = await check()
  while (result.problems.length && Date.now() < until) {
    await sleep(2000)
    result = await check()
  }
  return result
}

const one = async (db, sql, params = []) => Number(Object.values((await db.query(sql, params)).rows[0])[0])

/**
 * Billing: every period due billed once, contiguously from each subscription's start, invoiced in
 * one Medusa order per customer × currency × run with one line per fee.
 */
export async function billingCounts(db) {
  const c = {
    subscriptions: await one(db, "SELECT count(*) FROM service_subscription WHERE deleted_at IS NULL"),
    periods_billed: await one(db, "SELECT count(*) FROM service_subscription_fee_transaction WHERE deleted_at IS NULL"),
    periods_billed_twice: await one(
      db,
      `SELECT count(*) FROM (SELECT 1 FROM service_subscription_fee_transaction WHERE deleted_at IS NULL
         GROUP BY subscription_id, period_start HAVING count(*) > 1) d`
    ),
    // A period that neither starts the subscription nor follows a billed one: one was skipped.
    periods_skipped: await one(
      db,
      `SELECT count(*) FROM service_subscription_fee_transaction f JOIN service_subscription s ON s.id = f.subscription_id
       WHERE f.deleted_at IS NULL AND f.period_start <> s.start_date AND NOT EXISTS (
         SELECT 1 FROM service_subscription_fee_transaction g
         WHERE g.subscription_id = f.subscription_id AND g.deleted_at IS NULL AND g.period_end = f.period_start)`
    ),
    subscriptions_still_due: await one(
      db,
      `SELECT count(*) FROM service_subscription s JOIN service_subscription_cursor c ON c.id = s.cursor_id
       WHERE s.deleted_at IS NULL AND s.status = 'active' AND c.next_due_at <= now()`
    ),
    periods_not_invoiced: await one(
      db,
      "SELECT count(*) FROM service_subscription_fee_transaction WHERE deleted_at IS NULL AND (status <> 'invoiced' OR order_id IS NULL)"
    ),
    periods_without_order: await one(
      db,
      `SELECT count(*) FROM service_subscription_fee_transaction f LEFT JOIN "order" o ON o.id = f.order_id AND o.deleted_at IS NULL
       WHERE f.deleted_at IS NULL AND f.order_id IS NOT NULL AND o.id IS NULL`
    ),
    billing_orders: await one(
      db,
      `SELECT count(*) FROM "order" WHERE deleted_at IS NULL AND metadata->>'subscription_billing_run_id' IS NOT NULL`
    ),
    customer_currency_runs: await one(
      db,
      `SELECT count(*) FROM (SELECT DISTINCT customer_id, currency_code, billing_run_id FROM service_subscription_fee_transaction
         WHERE deleted_at IS NULL AND order_id IS NOT NULL) d`
    ),
    orders_per_customer_currency_run_over_one: await one(
      db,
      `SELECT count(*) FROM (SELECT 1 FROM "order" WHERE deleted_at IS NULL AND metadata->>'subscription_billing_run_id' IS NOT NULL
         GROUP BY customer_id, currency_code, metadata->>'subscription_billing_run_id' HAVING count(*) > 1) d`
    ),
    fee_lines: await one(
      db,
      `SELECT count(*) FROM order_line_item li JOIN order_item oi ON oi.item_id = li.id AND oi.deleted_at IS NULL
       WHERE li.deleted_at IS NULL AND li.metadata->>'fee_transaction_id' IS NOT NULL`
    ),
  }
  const problems = []
  if (!c.periods_billed) problems.push("no period was billed")
  for (const key of ["periods_billed_twice", "periods_skipped", "subscriptions_still_due", "periods_not_invoiced", "periods_without_order", "orders_per_customer_currency_run_over_one"]) {
    if (c[key]) problems.push(`${key}: ${c[key]}`)
  }
  if (c.billing_orders !== c.customer_currency_runs) problems.push(`billing_orders ${c.billing_orders} ≠ customer × currency × run ${c.customer_currency_runs}`)
  if (c.fee_lines !== c.periods_billed) problems.push(`fee_lines ${c.fee_lines} ≠ periods_billed ${c.periods_billed}`)
  return { counts: c, problems }
}

/**
 * Agreement generation: every occurrence due (the agreements' lines' recurrences from valid_from
 * up to today, computed here in SQL for the seed's FREQ=WEEKLY and FREQ=DAILY;INTERVAL=3 lines)
 * claimed once and turned into a service order.
 */
export async function generationCounts(db) {
  const c = {
    occurrences_due: await one(
      db,
      `SELECT coalesce(sum(floor(extract(epoch FROM (date_trunc('day', now()) - a.valid_from)) / 86400 /
           CASE WHEN l.recurrence LIKE '%INTERVAL=3%' THEN 3 ELSE 7 END) + 1), 0)
       FROM service_agreement_line l JOIN service_agreement a ON a.id = l.agreement_id
       WHERE a.deleted_at IS NULL AND l.deleted_at IS NULL AND a.status = 'active' AND l.recurrence IS NOT NULL`
    ),
    occurrences_generated: await one(db, "SELECT count(*) FROM service_agreement_occurrence"),
    occurrences_twice: await one(
      db,
      "SELECT count(*) FROM (SELECT 1 FROM service_agreement_occurrence GROUP BY agreement_line_id, occurrence_date HAVING count(*) > 1) d"
    ),
    occurrences_without_order: await one(
      db,
      `SELECT count(*) FROM service_agreement_occurrence o LEFT JOIN service_order so ON so.id = o.service_order_id AND so.deleted_at IS NULL
       WHERE so.id IS NULL`
    ),
  }
  const problems = []
  if (!c.occurrences_generated) problems.push("no occurrence was generated")
  if (c.occurrences_generated !== c.occurrences_due) problems.push(`occurrences_generated ${c.occurrences_generated} ≠ occurrences_due ${c.occurrences_due}`)
  for (const key of ["occurrences_twice", "occurrences_without_order"]) {
    if (c[key]) problems.push(`${key}: ${c[key]}`)
  }
  return { counts: c, problems }
}

/**
 * SLA breaches and customer notifications: each breach (order × metric) marked and delivered to
 * subscribers once (the test-only recorder), each storefront request notified once. With
 * `workersKilled`, an event a killed worker was handling is delivered again (Redis event bus:
 * at least once): repeated deliveries are then counted but only their effects must be once.
 */
export async function eventCounts(db, { slaOrders, storefrontOrders, workersKilled = false }) {
  const c = {
    breaches_marked: await one(
      db,
      `SELECT count(*) FILTER (WHERE response_breached_at IS NOT NULL) + count(*) FILTER (WHERE resolution_breached_at IS NOT NULL)
       FROM service_order WHERE deleted_at IS NULL`
    ),
    breach_events: await one(db, "SELECT count(*) FROM production_test_event WHERE name = 'service_order.sla_breached'"),
    breach_events_twice: await one(
      db,
      `SELECT count(*) FROM (SELECT 1 FROM production_test_event WHERE name = 'service_order.sla_breached'
         GROUP BY entity_id, detail HAVING count(*) > 1) d`
    ),
    created_events_twice: await one(
      db,
      "SELECT count(*) FROM (SELECT 1 FROM production_test_event WHERE name = 'service_order.created' GROUP BY entity_id HAVING count(*) > 1) d"
    ),
    request_notifications: await one(db, "SELECT count(*) FROM notification WHERE template = 'service-request-received'"),
    notifications_twice: await one(
      db,
      "SELECT count(*) FROM (SELECT 1 FROM notification GROUP BY template, resource_id, trigger_type HAVING count(*) > 1) d"
    ),
    workers_that_delivered: await one(db, "SELECT count(DISTINCT pid) FROM production_test_event"),
  }
  const problems = []
  if (c.breaches_marked !== 2 * slaOrders) problems.push(`breaches_marked ${c.breaches_marked} ≠ ${2 * slaOrders}`)
  if (c.breach_events !== 2 * slaOrders && !workersKilled) problems.push(`breach_events ${c.breach_events} ≠ ${2 * slaOrders}`)
  if (c.request_notifications !== storefrontOrders) problems.push(`request_notifications ${c.request_notifications} ≠ ${storefrontOrders}`)
  for (const key of workersKilled ? ["notifications_twice"] : ["breach_events_twice", "created_events_twice", "notifications_twice"]) {
    if (c[key]) problems.push(`${key}: ${c[key]}`)
  }
  return { counts: c, problems }
}

/**
 * Estimate expiry: every sent estimate past its validity marked expired, and the SLA clock it
 * paused resumed once, at the instant it expired (a system event), however many runs raced.
 */
export async function estimateCounts(db, { expiredEstimates }) {
  const c = {
    estimates_expired: await one(db, "SELECT count(*) FROM service_estimate WHERE deleted_at IS NULL AND status = 'expired'"),
    estimates_still_sent_past_validity: await one(
      db,
      "SELECT count(*) FROM service_estimate WHERE deleted_at IS NULL AND status = 'sent' AND valid_until < now()"
    ),
    resumes_at_expiry: await one(
      db,
      `SELECT count(*) FROM service_sla_event ev JOIN service_estimate e ON e.service_order_id = ev.service_order_id
       WHERE ev.deleted_at IS NULL AND e.deleted_at IS NULL AND e.status = 'expired'
         AND ev.type = 'resume' AND ev.source = 'system'
         -- the same instant to the millisecond (JavaScript's dates keep no microseconds)
         AND abs(extract(epoch FROM ev.occurred_at - e.valid_until)) < 0.001`
    ),
    resumes_twice: await one(
      db,
      `SELECT count(*) FROM (SELECT 1 FROM service_sla_event WHERE deleted_at IS NULL AND type = 'resume'
         GROUP BY service_order_id HAVING count(*) > 1) d`
    ),
    clocks_still_paused: await one(
      db,
      `SELECT count(*) FROM service_order o JOIN service_estimate e ON e.service_order_id = o.id
       WHERE e.deleted_at IS NULL AND e.status = 'expired' AND o.sla_paused_at IS NOT NULL`
    ),
  }
  const problems = []
  if (c.estimates_expired !== expiredEstimates) problems.push(`estimates_expired ${c.estimates_expired} ≠ ${expiredEstimates}`)
  if (c.resumes_at_expiry !== expiredEstimates) problems.push(`resumes_at_expiry ${c.resumes_at_expiry} ≠ ${expiredEstimates}`)
  for (const key of ["estimates_still_sent_past_validity", "resumes_twice", "clocks_still_paused"]) {
    if (c[key]) problems.push(`${key}: ${c[key]}`)
  }
  return { counts: c, problems }
}

/** The table the test-only event recorder writes (scripts/production/host/record-events.ts). */
export const EVENT_TABLE_SQL = `CREATE TABLE IF NOT EXISTS production_test_event (
  id bigserial PRIMARY KEY, name text NOT NULL, entity_id text NOT NULL, detail text NOT NULL, pid int NOT NULL,
  at timestamptz NOT NULL DEFAULT now())`

/** Prints what was seeded and counted, then fails on any problem of `results` ({ what: { counts, problems } }). */
export function assertCounts(seeded, results) {
  const { admin_token, customer_ids, ...sizes } = seeded
  log(`seeded: ${JSON.stringify(sizes)}`)
  for (const [what, { counts }] of Object.entries(results)) {
    log(`counted ${what}: ${JSON.stringify(counts)}`)
  }
  assert.deepEqual(Object.values(results).flatMap((r) => r.problems), [])
}
