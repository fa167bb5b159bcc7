import { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SqlRepository, compareAndSet } from "./common/sql"

type PgError = { code?: string; message?: string }

/** BOM versions' approval. */
export class BomVersionRepository extends SqlRepository {
  /**
   * Approves a draft version. Postgres refuses a second approved version of the same BOM whose
   * validity overlaps (exclusion constraint); that refusal, also when two approvals race, becomes
   * a 400 naming the rule instead of a database error (a 409 would lose the message: Medusa
   * answers every conflict with a generic retry text).
   */
  async approve(input: { id: string; approved_by?: string | null }, sharedContext: Context = {}): Promise<void> {
    try {
      await compareAndSet(this.manager(sharedContext), {
        table: "service_bom_version",
        set: [["status", "approved"], ["approved_at", new Date()], ["approved_by", input.approved_by ?? null]],
        id: input.id,
        expect: ["status", "draft"],
        conflict: `BOM version ${input.id} is no longer a draft; reload it and try again`,
      })
    } catch (e) {
      const err = e as PgError | undefined
      if (err?.code === "23P01" || /service_bom_version_approved_no_overlap/.test(String(err?.message))) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `BOM version ${input.id} overlaps another approved version of the same BOM; change its validity or retire the other version first`
        )
      }
      throw e
    }
  }

  /** Takes an approval back (compensation of a failed approval workflow). */
  async unapprove(id: string, sharedContext: Context = {}): Promise<void> {
    await this.manager(sharedContext).execute(
      `UPDATE service_bom_version SET status = 'draft', approved_at = NULL, approved_by = NULL, updated_at = now()
       WHERE id = ? AND status = 'approved'`,
      [id]
    )
  }
}
