import { Context } from "@medusajs/framework/types"
import { NumberSequence } from "../models"
import { affectedRows, SqlRepository } from "./common/sql"
import { insertStatement } from "./common/insert"

/**
 * The statement that reserves `count` consecutive values of `scope`'s counter and answers the last
 * one (`last_value`): alone (`allocate`), or as the first part of a statement that writes the
 * numbered rows too. The counter row stays locked until the transaction ends, so concurrent
 * creators queue and a rolled-back insert gives its numbers back: the sequence has neither
 * duplicates nor gaps.
 */
export function counterAllocation(scope: string, count: number): { sql: string; params: unknown[] } {
  const insert = insertStatement(NumberSequence, [{ scope, last_value: count }])
  return {
    sql: `${insert.sql}
       ON CONFLICT (scope) WHERE deleted_at IS NULL DO UPDATE
         SET last_value = service_number_sequence.last_value + EXCLUDED.last_value, updated_at = now()
       RETURNING last_value`,
    params: insert.params,
  }
}

/** The counters behind human numbers (SO-000001). */
export class NumberSequenceRepository extends SqlRepository {
  /** Reserves `count` consecutive values of `scope`'s counter, locked until the caller's transaction ends (see `counterAllocation`). */
  async allocate(scope: string, count: number, sharedContext: Context = {}): Promise<number[]> {
    const allocation = counterAllocation(scope, count)
    const [row] = await this.manager(sharedContext).execute<{ last_value: number | string }[]>(allocation.sql, allocation.params)
    const last = Number(row.last_value)
    return Array.from({ length: count }, (_, i) => last - count + 1 + i)
  }

  /**
   * Gives back the numbers of one `allocate` whose rows a compensation deleted, if they are still
   * the last issued of `scope`: one compare-and-set statement on the counter, so a number another
   * creator has drawn since stays used (a gap, never a duplicate). A counter back at zero is
   * removed, as before its first use. Says whether the numbers were given back.
   */
  async release(scope: string, values: number[], sharedContext: Context = {}): Promise<boolean> {
    const last = Math.max(...values)
    const before = last - values.length
    // One allocation's numbers are consecutive; anything else is not given back.
    if (!values.length || new Set(values).size !== values.length || Math.min(...values) !== before + 1) {
      return false
    }
    const manager = this.manager(sharedContext)
    const where = `scope = ? AND last_value = ? AND deleted_at IS NULL`
    const changed = before === 0
      ? await affectedRows(manager, `DELETE FROM service_number_sequence WHERE ${where}`, [scope, last])
      : await affectedRows(manager, `UPDATE service_number_sequence SET last_value = ?, updated_at = now() WHERE ${where}`, [before, scope, last])
    return changed > 0
  }
}
