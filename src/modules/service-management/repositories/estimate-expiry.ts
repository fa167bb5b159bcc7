import { Context } from "@medusajs/framework/types"
import { placeholders, SqlRepository } from "./common/sql"

export type ExpiredEstimate = { id: string; service_order_id: string; valid_until: Date }

/** Sent estimates whose validity ended unanswered, each moved to `expired` once. */
export class EstimateExpiryRepository extends SqlRepository {
  /**
   * Marks the given estimates expired if they are still sent and past `valid_until` at `now`, and
   * returns exactly those: a compare-and-set, so an estimate answered, replaced or expired by
   * another run in the meantime is left alone and reported by nobody twice.
   */
  async expire(input: { ids: string[]; now: Date }, sharedContext: Context = {}): Promise<ExpiredEstimate[]> {
    if (!input.ids.length) {
      return []
    }
    const rows = await this.manager(sharedContext).execute<ExpiredEstimate[]>(
      `UPDATE service_estimate SET status = 'expired', updated_at = now()
       WHERE id IN (${placeholders(input.ids)}) AND status = 'sent' AND valid_until < ? AND deleted_at IS NULL
       RETURNING id, service_order_id, valid_until`,
      [...input.ids, input.now]
    )
    return rows.map((r) => ({ ...r, valid_until: new Date(r.valid_until) }))
  }

  /** Takes expiries back (compensation of a failed expiry run). */
  async unexpire(ids: string[], sharedContext: Context = {}): Promise<void> {
    if (!ids.length) {
      return
    }
    await this.manager(sharedContext).execute(
      `UPDATE service_estimate SET status = 'sent' WHERE id IN (${placeholders(ids)}) AND status = 'expired'`,
      ids
    )
  }
}
