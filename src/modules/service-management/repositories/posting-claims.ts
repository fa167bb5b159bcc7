import { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SqlRepository, affectedRows } from "./common/sql"

/** Which Medusa order a service order is being posted to, claimed once. */
export class PostingClaimRepository extends SqlRepository {
  /**
   * Marks an order posted, naming the Medusa order about to be created, only if nobody posted it
   * yet (or, resuming a post that died, it still names `abandoned_order_id`): of two concurrent
   * posts the second waits for the first's row lock, then finds `posted_at` set and is refused.
   */
  async claim(
    input: { id: string; number: string; posted_by: string | null; order_id: string | null; abandoned_order_id: string | null },
    sharedContext: Context = {}
  ): Promise<void> {
    const claimed = await affectedRows(
      this.manager(sharedContext),
      `UPDATE service_order SET posted_at = now(), posted_by = ?, posted_order_id = ?, updated_at = now()
       WHERE id = ? AND deleted_at IS NULL
         AND (posted_at IS NULL OR (?::text IS NOT NULL AND posted_order_id = ?::text))`,
      [input.posted_by, input.order_id, input.id, input.abandoned_order_id, input.abandoned_order_id]
    )
    if (!claimed) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service order ${input.number} is already posted`)
    }
  }

  /** Undoes a claim: the order is unposted and names no Medusa order. */
  async release(id: string, sharedContext: Context = {}): Promise<void> {
    await affectedRows(
      this.manager(sharedContext),
      `UPDATE service_order SET posted_at = NULL, posted_by = NULL, posted_order_id = NULL, updated_at = now() WHERE id = ?`,
      [id]
    )
  }
}
