import { Context } from "@medusajs/framework/types"
import { SqlRepository, lockForTransaction } from "./common/sql"

/** What the module creates on start when the merchant has none yet: stages and a default SLA. */
export class ModuleDefaultRepository extends SqlRepository {
  /**
   * Holds `kind`'s defaults until the transaction ends, so instances starting at once create
   * them one after another (the later ones then find them).
   */
  async lock(kind: "stages" | "sla", sharedContext: Context = {}): Promise<void> {
    await lockForTransaction(this.manager(sharedContext), `service_management_default_${kind}`)
  }

  /** Stages ever created, deleted ones included: the defaults are offered only to a new store. */
  async countStages(sharedContext: Context = {}): Promise<number> {
    const [{ count }] = await this.manager(sharedContext).execute<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM service_stage`
    )
    return count
  }

  /** SLAs that are the default or use `code`. */
  async countDefaultSlas(code: string, sharedContext: Context = {}): Promise<number> {
    const [{ count }] = await this.manager(sharedContext).execute<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM service_level_agreement WHERE deleted_at IS NULL AND (is_default = true OR code = ?)`,
      [code]
    )
    return count
  }
}
