import { Context } from "@medusajs/framework/types"
import { SubscriptionFeeTransaction } from "../models"
import { BillingPeriod } from "../utils/subscription-periods"
import { calendarMonthsSql } from "./common/calendar-months"
import { sqlBulkEntityId } from "./common/entity-ids"
import { InsertRow, insertStatement } from "./common/insert"
import { SqlRepository, affectedRows, affectedRowsBound } from "./common/sql"

/** One period's fee to create. */
export type FeeTransactionRow = BillingPeriod & {
  subscription_id: string
  customer_id: string
  currency_code: string
  billing_run_id: string | null
}
export type ClaimedFeeTransaction = {
  id: string
  subscription_id: string
  amount: number
  period_start: Date
  period_end: Date
  /** The subscription's number and description, for the invoice line. */
  subscription_number: string
  subscription_description: string
}
/**
 * What one set-based batch did: subscriptions read (the page of due cursors, custom-rule ones
 * included, which it leaves to Node), fees inserted, and the page's last cursor id (the next batch
 * starts after it).
 */
export type CalendarBatchResult = { subscriptions: number; inserted: number; last_id: string | null }

/** Pending fees of one customer in one currency: one invoice. */
export type PendingInvoiceGroup = { customer_id: string; currency_code: string }

/**
 * Invoicing's statements. A run claims and settles fees it created moments before, which the
 * planner's statistics do not show until autovacuum's analyze has seen them: each statement is
 * written so an index serves it whatever the statistics say (`fee-invoicing-index.spec`), and the
 * run does not refresh them itself.
 */
const pendingGroupAfter = (after: string) =>
  `SELECT customer_id, currency_code FROM service_subscription_fee_transaction
   WHERE status = 'pending' AND deleted_at IS NULL${after} ORDER BY customer_id, currency_code LIMIT 1`

/** Params: as_of. See `listPendingInvoiceGroups`. */
export const PENDING_INVOICE_GROUPS_SQL = `WITH RECURSIVE g AS (
    (${pendingGroupAfter("")})
    UNION ALL
    SELECT n.customer_id, n.currency_code FROM g
    CROSS JOIN LATERAL (${pendingGroupAfter(" AND (customer_id, currency_code) > (g.customer_id, g.currency_code)")}) n
  )
  SELECT g.customer_id, g.currency_code FROM g
  -- One probe per group: a LIMIT keeps the planner from making this a semi join, which on stale
  -- statistics hashed every pending fee (200,000 at the 100k bench: 0.4-0.8 s).
  CROSS JOIN LATERAL (SELECT 1 FROM service_subscription_fee_transaction f
                      WHERE f.status = 'pending' AND f.deleted_at IS NULL AND f.customer_id = g.customer_id
                        AND f.currency_code = g.currency_code AND f.due_at <= ? LIMIT 1) due
  ORDER BY g.customer_id, g.currency_code`

/** Params: order_id, billing_run_id, customer_id, currency_code, as_of. See `claimForInvoice`. */
export const CLAIM_FOR_INVOICE_SQL = `UPDATE service_subscription_fee_transaction f
  SET status = 'invoicing', order_id = ?, billing_run_id = ?, updated_at = now()
  FROM service_subscription s
  WHERE s.id = f.subscription_id
    AND f.status = 'pending' AND f.customer_id = ? AND f.currency_code = ? AND f.due_at <= ? AND f.deleted_at IS NULL
  RETURNING f.id, f.subscription_id, f.amount, f.period_start, f.period_end,
    s.number AS subscription_number, s.description AS subscription_description`

// `deleted_at IS NULL` lets the order's partial index serve the settle: without it, 20,000 fees
// created by the run were read whole for each invoice (7-100 ms an order).
/** Params: order_id. See `settleClaim`. */
export const SETTLE_CLAIM_SQL = {
  invoiced: `UPDATE service_subscription_fee_transaction SET status = 'invoiced', invoiced_at = now(), updated_at = now()
    WHERE order_id = ? AND status = 'invoicing' AND deleted_at IS NULL`,
  pending: `UPDATE service_subscription_fee_transaction SET status = 'pending', order_id = NULL, updated_at = now()
    WHERE order_id = ? AND status = 'invoicing' AND deleted_at IS NULL`,
}

/** Params: order_id. See `unsettle`. */
export const UNSETTLE_SQL = `UPDATE service_subscription_fee_transaction SET status = 'invoicing', invoiced_at = NULL, updated_at = now()
  WHERE order_id = ? AND status = 'invoiced' AND deleted_at IS NULL`

/** Subscription fees: created once per period, claimed for an invoice, then settled. */
export class FeeTransactionRepository extends SqlRepository {
  /** A new fee as its table row: pending, not invoiced, nothing credited. */
  static toInsertRow(row: FeeTransactionRow): InsertRow<typeof SubscriptionFeeTransaction> {
    return { ...row, status: "pending", credit_amount: null, order_id: null, invoiced_at: null }
  }

  /**
   * Inserts fees in one `INSERT … SELECT`; a (subscription, period start) that already has one is
   * skipped by the unique key, so concurrent or repeated runs create each period once. Returns
   * how many were actually inserted.
   */
  async insert(rows: FeeTransactionRow[], sharedContext: Context = {}): Promise<number> {
    if (!rows.length) {
      return 0
    }
    // Bound, its JSON as bytes: written into the SQL text instead, a batch of 5,000 custom-rule
    // subscriptions' fees was escaped character by character, and a billing run of a million rows
    // grew the server by 250-300 MB where it grew 70 MB without them.
    const insert = insertStatement(SubscriptionFeeTransaction, rows.map(FeeTransactionRepository.toInsertRow), undefined, { as: "bytes" })
    return affectedRowsBound(
      this.manager(sharedContext),
      `${insert.sql}
       ON CONFLICT (subscription_id, period_start) WHERE deleted_at IS NULL DO NOTHING`,
      insert.params
    )
  }

  /**
   * Bills a batch of monthly, quarterly and yearly subscriptions (and RRULEs that are plain month
   * steps: `calendarMonthsSql`) with a period due by `as_of` (of the next `limit` due cursors in id
   * order after `after`) in one statement, computed in Postgres: the same
   * periods, pro rata, due dates and cursors as `duePeriods` (month arithmetic on UTC days:
   * `date + n months` ends on the month's last day as `periodStepper` does; pauses, end date and
   * cancellation; amounts rounded to `digits[currency]`, else 2). Fees go in with the unique key
   * skipping any that exist; each cursor moves only from where it was read. One difference from
   * `duePeriods`: a run looks at no more than 500 periods of a subscription (not 500 billed ones);
   * the next run goes on from its cursor. Nothing per row comes back to Node. `until` ends the
   * cursor ids this batch may read (`after` < id ≤ `until`): disjoint ranges that concurrent
   * statements bill without touching each other's rows (see `SubscriptionCursorRepository.shareBounds`;
   * default: no end).
   */
  async insertDueCalendarFees(
    input: {
      as_of: Date
      billing_run_id: string | null
      after: string
      limit: number
      digits: Record<string, number>
      until?: string | null
    },
    sharedContext: Context = {}
  ): Promise<CalendarBatchResult> {
    const manager = this.manager(sharedContext)
    const until = input.until ?? null
    // Days are UTC days, as in the JS rules: casts to date and of date-only pause strings read in UTC.
    // No JIT: the planner's guess of the periods' rows (generate_series: 1,000 per subscription)
    // makes the statement look costly enough to compile, which took 5 s of a 7 s batch of 5,000.
    // No hash or merge joins: every join here is a page's rows probing a key, whose cost follows
    // the page; a hash join read the whole subscriptions table for each page instead (1.4 s of a
    // 100k bench page, its pages dirty from the foreign key's locks).
    await manager.execute(
      `SELECT set_config('TimeZone', 'UTC', true), set_config('jit', 'off', true),
              set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)`
    )
    // Period j after the cursor of a subscription in `indexed` (alias i): j = 0 starts at the
    // cursor, the others on the anchor's day k + j - 1 periods on (date + months clamps to the
    // month's last day, as `periodStepper` does); each ends where the next starts.
    const start = (j: string) => `CASE WHEN ${j} = 0 THEN i.cursor ELSE (i.anchor + make_interval(months => (i.k + ${j} - 1) * i.months))::date END`
    const end = (j: string) => `(i.anchor + make_interval(months => (i.k + ${j}) * i.months))::date`
    const due = (j: string) => `CASE WHEN i.billing_timing = 'advance' THEN ${start(j)} ELSE ${end(j)} END`
    const [row] = await manager.execute<{ subscriptions: number; inserted: number; last_id: string | null }[]>(
      `WITH page AS (
         -- The page of due cursors first, then their subscriptions: ordering and limiting the join
         -- instead joined every due cursor of the share for each page (all 100,000 of a share at
         -- the 100k bench for its first page of 20,000). Custom-rule ones count in the page, unbilled.
         -- A range of ids, not a hash of them: the planner estimates a range, and reads the page
         -- from the primary key in order, stopping at the limit, instead of every due cursor.
         SELECT c.id, c.next_period_start FROM service_subscription_cursor c
         WHERE c.next_due_at <= ? AND c.id > ?${until === null ? "" : " AND c.id <= ?"} AND c.deleted_at IS NULL
         ORDER BY c.id LIMIT ?
       ),
       -- Materialized: each of its columns computed once, not again in every use below.
       batch AS MATERIALIZED (
         SELECT c.id AS cursor_id, s.id, s.customer_id, s.currency_code, s.amount, s.billing_timing, s.pauses,
                c.next_period_start AS read_cursor, c.next_period_start::date AS cursor, s.start_date::date AS anchor,
                m.months, least(s.end_date::date + 1, s.cancel_from::date) AS stop,
                (SELECT (p.value->>'from')::timestamptz::date FROM jsonb_array_elements(s.pauses) WITH ORDINALITY AS p(value, n)
                 WHERE p.value->>'to' IS NULL ORDER BY p.n LIMIT 1) AS paused_from,
                coalesce((?::jsonb->>s.currency_code)::int, 2) AS digits
         FROM page c
         JOIN service_subscription s ON s.cursor_id = c.id AND s.deleted_at IS NULL
         CROSS JOIN LATERAL (SELECT ${calendarMonthsSql("s")} AS months) m
         WHERE m.months IS NOT NULL
       ),
       -- k: the index of the period after the cursor (periodStepper.after): at most one past the floor.
       -- span: the last index that can end the run. Period j ≥ 1 starts j - 1 periods after a start
       -- no earlier than the cursor's month, so from j = months(cursor → as_of) / months + 2 on it starts
       -- in a month after as_of's: not due. halt: the earlier of stop and an open pause (least ignores NULLs).
       -- Materialized: inlined, k's expression was recomputed in every period's test (1.2 → 0.7 s per 19,000).
       indexed AS MATERIALIZED (
         SELECT b.*, q.k0 + CASE WHEN (b.anchor + make_interval(months => q.k0 * b.months))::date <= b.cursor THEN 1 ELSE 0 END AS k,
                least(500, greatest(0, ((extract(year FROM ?::timestamptz) - extract(year FROM b.cursor)) * 12
                  + extract(month FROM ?::timestamptz) - extract(month FROM b.cursor))::int / b.months) + 2) AS span,
                least(b.stop, b.paused_from) AS halt
         FROM batch b
         CROSS JOIN LATERAL (SELECT greatest(0, (((extract(year FROM b.cursor) - extract(year FROM b.anchor)) * 12
           + extract(month FROM b.cursor) - extract(month FROM b.anchor))::int / b.months)) AS k0) q
       ),
       -- Where each subscription's billing stops this run (the checks in duePeriods' order): the
       -- first period that starts at the stop or the open pause, is not yet due, or is the 500th.
       -- Found with min() over the span, so no period is kept, sorted or joined to find it.
       ends AS (
         SELECT i.id, i.cursor_id, i.read_cursor, x.j AS n, ${start("x.j")} AS ps, ${end("x.j")} AS pe, i.billing_timing,
                CASE WHEN ${start("x.j")} >= i.stop THEN 'stop' WHEN ${start("x.j")} >= i.paused_from THEN 'paused' ELSE 'due' END AS reason,
                i.customer_id, i.currency_code, i.amount, i.pauses, i.stop, i.digits, i.cursor, i.anchor, i.months, i.k
         FROM indexed i
         CROSS JOIN LATERAL (
           SELECT min(j) AS j FROM generate_series(0, i.span) AS j
           WHERE ${start("j")} >= i.halt OR ${due("j")}::timestamptz > ? OR j = 500
         ) x
         WHERE x.j IS NOT NULL
       ),
       -- The periods before the end: the fees, pro rata over pauses and the stop.
       charges AS (
         SELECT p.id, p.customer_id, p.currency_code, p.ps, p.pe, p.due, p.pe - p.ps AS period_days, c.billable, p.amount AS full_amount,
                CASE WHEN c.billable = p.pe - p.ps THEN p.amount ELSE round(p.amount * c.billable / (p.pe - p.ps), p.digits) END AS amount
         FROM ends i
         CROSS JOIN LATERAL generate_series(0, i.n - 1) AS j
         CROSS JOIN LATERAL (
           SELECT i.id, i.customer_id, i.currency_code, i.amount, i.pauses, i.stop, i.digits,
                  ${start("j")} AS ps, ${end("j")} AS pe, ${due("j")} AS due
           OFFSET 0 -- each period's dates computed once
         ) p
         CROSS JOIN LATERAL (SELECT least(p.pe, p.stop) AS bill_end) be
         CROSS JOIN LATERAL (
           SELECT CASE WHEN be.bill_end <= p.ps THEN 0 ELSE greatest(0, (be.bill_end - p.ps) - coalesce((
             SELECT sum(greatest(0, least(coalesce((q->>'to')::timestamptz::date, be.bill_end), be.bill_end)
                                  - greatest((q->>'from')::timestamptz::date, p.ps)))
             FROM jsonb_array_elements(p.pauses) AS q), 0)) END AS billable
           OFFSET 0 -- evaluated once per period, not once per use of billable
         ) c
       ),
       inserted AS (
         INSERT INTO service_subscription_fee_transaction (id, customer_id, currency_code, period_start, period_end, due_at,
           period_days, billable_days, full_amount, raw_full_amount, amount, raw_amount, status, credit_amount, raw_credit_amount,
           order_id, billing_run_id, invoiced_at, subscription_id, created_at, updated_at)
         SELECT ${sqlBulkEntityId("ssft")}, customer_id, currency_code, ps, pe, due, period_days, billable,
           trim_scale(full_amount), jsonb_build_object('value', trim_scale(full_amount)::text, 'precision', 20),
           trim_scale(amount), jsonb_build_object('value', trim_scale(amount)::text, 'precision', 20),
           'pending', NULL, NULL, NULL, ?, NULL, id, now(), now()
         FROM charges WHERE billable > 0
         ON CONFLICT (subscription_id, period_start) WHERE deleted_at IS NULL DO NOTHING
         RETURNING 1
       ),
       advanced AS (
         UPDATE service_subscription_cursor c
         SET next_period_start = CASE WHEN e.reason = 'stop' THEN NULL ELSE e.ps END,
             next_due_at = CASE WHEN e.reason <> 'due' THEN NULL WHEN e.billing_timing = 'advance' THEN e.ps ELSE e.pe END,
             updated_at = now()
         FROM ends e
         WHERE c.id = e.cursor_id AND c.next_period_start = e.read_cursor
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM page)::int AS subscriptions, (SELECT count(*) FROM inserted)::int AS inserted,
              (SELECT max(id) FROM page) AS last_id, (SELECT count(*) FROM advanced)::int AS advanced`,
      [
        input.as_of,
        input.after,
        ...(until === null ? [] : [until]),
        input.limit,
        JSON.stringify(input.digits),
        input.as_of,
        input.as_of,
        input.as_of,
        input.billing_run_id,
      ]
    )
    return { subscriptions: row.subscriptions, inserted: row.inserted, last_id: row.last_id }
  }

  /**
   * The customers and currencies with a pending fee due by `asOf`: one invoice each. A skip scan of
   * the (status, customer, currency, due) index — one probe per customer and currency with pending
   * fees, and one to see whether any of them is due — rather than reading every pending fee: a
   * customer refused every run (a currency no region uses) piles up fees a GROUP BY would read
   * each time (200,000 at the 100k bench: 0.1 s).
   */
  async listPendingInvoiceGroups(asOf: Date, sharedContext: Context = {}): Promise<PendingInvoiceGroup[]> {
    return this.manager(sharedContext).execute<PendingInvoiceGroup[]>(PENDING_INVOICE_GROUPS_SQL, [asOf])
  }

  /**
   * Claims a customer's pending fees in one currency for an invoice whose Medusa order id is
   * chosen up front: of two runs claiming at once, the second gets nothing. Answers each fee with
   * what its invoice line names of the subscription, from the same statement.
   */
  async claimForInvoice(
    input: { customer_id: string; currency_code: string; as_of: Date; order_id: string; billing_run_id: string },
    sharedContext: Context = {}
  ): Promise<ClaimedFeeTransaction[]> {
    const rows = await this.manager(sharedContext).execute<(Omit<ClaimedFeeTransaction, "amount"> & { amount: string })[]>(
      CLAIM_FOR_INVOICE_SQL,
      [input.order_id, input.billing_run_id, input.customer_id, input.currency_code, input.as_of]
    )
    return rows.map((r) => ({ ...r, amount: Number(r.amount) }))
  }

  /** Settles claimed fees: `invoiced` when their order exists, else back to `pending`. */
  async settleClaim(input: { order_id: string; invoiced: boolean }, sharedContext: Context = {}): Promise<number> {
    return affectedRows(this.manager(sharedContext), input.invoiced ? SETTLE_CLAIM_SQL.invoiced : SETTLE_CLAIM_SQL.pending, [input.order_id])
  }

  /** Undoes settling: the fees of an order go back to `invoicing`, so the claim can be undone. */
  async unsettle(orderId: string, sharedContext: Context = {}): Promise<void> {
    await affectedRows(this.manager(sharedContext), UNSETTLE_SQL, [orderId])
  }

  /** Order ids of fees left `invoicing` by a run that died between claiming and settling. */
  async listUnsettledInvoiceOrderIds(sharedContext: Context = {}): Promise<string[]> {
    const rows = await this.manager(sharedContext).execute<{ order_id: string }[]>(
      `SELECT DISTINCT order_id FROM service_subscription_fee_transaction
       WHERE status = 'invoicing' AND deleted_at IS NULL AND order_id IS NOT NULL`
    )
    return rows.map((r) => r.order_id)
  }
}
