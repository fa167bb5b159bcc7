import { Context } from "@medusajs/framework/types"
import { NumberSequence } from "../models"
import { SqlRepository } from "./common/sql"
import { insertStatement } from "./common/insert"

/** The counters behind human numbers (SO-000001). */
export class NumberSequenceRepository extends SqlRepository {
  /**
   * Reserves `count` consecutive values of `scope`'s counter. The counter row stays locked until
   * the caller's transaction ends, so concurrent creators queue and a rolled-back insert gives its
   * numbers back: the sequence has neither duplicates nor gaps.
   */
  async allocate(scope: string, count: number, sharedContext: Context = {}): Promise<number[]> {
    const insert = insertStatement(NumberSequence, [{ scope, last_value: count }])
    const [row] = await this.manager(sharedContext).execute<{ last_value: number | string }[]>(
      `${insert.sql}
       ON CONFLICT (scope) WHERE deleted_at IS NULL DO UPDATE
         SET last_value = service_number_sequence.last_value + EXCLUDED.last_value, updated_at = now()
       RETURNING last_value`,
      insert.params
    )
    const last = Number(row.last_value)
    return Array.from({ length: count }, (_, i) => last - count + 1 + i)
  }
}
