import { Context } from "@medusajs/framework/types"
import { BillingFrequency, BillingTiming } from "../../../types/enums"
import { BillingPause } from "../utils/subscription-periods"
import { customRuleSql } from "./common/calendar-months"
import { SqlRepository, affectedRows, affectedRowsBound } from "./common/sql"

export type SubscriptionCursor = {
  id: string
  /** The cursor the rows were computed from: a concurrent run that moved it first wins. */
  from_period_start: Date
  next_period_start: Date | null
  next_due_at: Date | null
}

/** What a billing run needs of a subscription with a period due: its terms and its cursor. */
export type DueSubscription = {
  id: string
  customer_id: string
  currency_code: string
  amount: string
  frequency: BillingFrequency
  rrule: string | null
  billing_timing: BillingTiming
  start_date: Date
  end_date: Date | null
  cancel_from: Date | null
  pauses: BillingPause[] | null
  next_period_start: Date
  next_due_at: Date
}

/**
 * The next page (params: as_of, after, limit) of due subscriptions on a custom RRULE. Its
 * conditions are the partial index's predicate (`customRuleSql`), so it reads that index's ids in
 * order: not every due one, nor the RRULE ones billed in SQL (whose rows a run has just written,
 * 75 ms for 1,000 of them at the 10k bench).
 */
export const CUSTOM_RULE_DUE_SQL = `SELECT s.id, s.customer_id, s.currency_code, s.amount, s.frequency, s.rrule, s.billing_timing, s.start_date,
    s.end_date, s.cancel_from, s.pauses, c.next_period_start, c.next_due_at
  FROM service_subscription s
  JOIN service_subscription_cursor c ON c.id = s.cursor_id
  WHERE ${customRuleSql("s")} AND c.next_due_at <= ? AND s.id > ?
  ORDER BY s.id LIMIT ?`

/** Subscriptions' billing cursors (the next period to bill). */
export class SubscriptionCursorRepository extends SqlRepository {
  /**
   * Up to `limit` subscriptions on a custom RRULE with a period due by `asOf`, in id order after
   * `after` (keyset paging): the columns the periods are computed from, without the ORM's
   * hydration. (Monthly, quarterly and yearly ones, and RRULEs that are plain month steps, are
   * billed in SQL: `insertDueCalendarFees`.)
   */
  async listDue(input: { as_of: Date; after: string; limit: number }, sharedContext: Context = {}): Promise<DueSubscription[]> {
    return this.manager(sharedContext).execute<DueSubscription[]>(CUSTOM_RULE_DUE_SQL, [input.as_of, input.after, input.limit])
  }

  /**
   * Cursor ids that split the cursors into `shares` ranges of about equal size, for statements
   * that bill them at once (`insertDueCalendarFees`'s `after` and `until`): read from the
   * planner's statistics of the id column (its histogram), not from the rows. Fewer (none) while
   * the table has no statistics yet: the ranges then only cover more.
   */
  async shareBounds(shares: number, sharedContext: Context = {}): Promise<string[]> {
    const [row] = await this.manager(sharedContext).execute<{ bounds: string[] | null }[]>(
      `SELECT histogram_bounds::text::text[] AS bounds FROM pg_stats
       WHERE schemaname = ANY (current_schemas(false)) AND tablename = 'service_subscription_cursor' AND attname = 'id'
       LIMIT 1`
    )
    const bounds = row?.bounds ?? []
    if (bounds.length < 2) {
      return []
    }
    const picked = Array.from({ length: shares - 1 }, (_, k) => bounds[Math.round(((k + 1) * (bounds.length - 1)) / shares)])
    return [...new Set(picked)]
  }

  /** Moves cursors forward in one statement (the cursors as one JSON parameter), each only from where it was read. */
  async advance(cursors: SubscriptionCursor[], sharedContext: Context = {}): Promise<void> {
    if (!cursors.length) {
      return
    }
    // Bound, as the fees' insert beside it: a batch's JSON is not escaped into the SQL text.
    await affectedRowsBound(
      this.manager(sharedContext),
      `UPDATE service_subscription_cursor c
       SET next_period_start = v.next_period_start, next_due_at = v.next_due_at, updated_at = now()
       FROM json_to_recordset(?::json) AS v(id text, from_period_start timestamptz, next_period_start timestamptz, next_due_at timestamptz)
       JOIN service_subscription s ON s.id = v.id
       WHERE c.id = s.cursor_id AND c.next_period_start = v.from_period_start`,
      [JSON.stringify(cursors)]
    )
  }

  /**
   * Undoes a billing run's fee creation: its fees still pending go, and each subscription's cursor
   * moves back to the earliest of them — the next run computes those periods again. (A
   * subscription whose cursor passed only periods without a billable day keeps its cursor: they
   * would create nothing again.)
   */
  async rewindRun(billingRunId: string, sharedContext: Context = {}): Promise<number> {
    const manager = this.manager(sharedContext)
    await affectedRows(
      manager,
      `UPDATE service_subscription_cursor c
       SET next_period_start = f.period_start, next_due_at = f.due_at, updated_at = now()
       FROM (SELECT DISTINCT ON (subscription_id) subscription_id, period_start, due_at
             FROM service_subscription_fee_transaction
             WHERE billing_run_id = ? AND status = 'pending' AND deleted_at IS NULL
             ORDER BY subscription_id, period_start) f
       JOIN service_subscription s ON s.id = f.subscription_id
       WHERE c.id = s.cursor_id`,
      [billingRunId]
    )
    return affectedRows(
      manager,
      `DELETE FROM service_subscription_fee_transaction WHERE billing_run_id = ? AND status = 'pending' AND deleted_at IS NULL`,
      [billingRunId]
    )
  }
}
