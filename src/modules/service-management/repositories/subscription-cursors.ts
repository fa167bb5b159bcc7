import { Context } from "@medusajs/framework/types"
import { SqlRepository, affectedRows } from "./common/sql"

export type SubscriptionCursor = {
  id: string
  /** The cursor the rows were computed from: a concurrent run that moved it first wins. */
  from_period_start: Date
  next_period_start: Date | null
  next_due_at: Date | null
}

/** Subscriptions' billing cursors (the next period to bill). */
export class SubscriptionCursorRepository extends SqlRepository {
  /** Moves cursors forward in one statement, each only from where it was read. */
  async advance(cursors: SubscriptionCursor[], sharedContext: Context = {}): Promise<void> {
    if (!cursors.length) {
      return
    }
    await affectedRows(
      this.manager(sharedContext),
      `UPDATE service_subscription s
       SET next_period_start = v.next_period_start, next_due_at = v.next_due_at, updated_at = now()
       FROM (VALUES ${cursors.map(() => "(?, ?::timestamptz, ?::timestamptz, ?::timestamptz)").join(", ")})
         AS v(id, from_period_start, next_period_start, next_due_at)
       WHERE s.id = v.id AND s.next_period_start = v.from_period_start`,
      cursors.flatMap((c) => [c.id, c.from_period_start, c.next_period_start, c.next_due_at])
    )
  }
}
