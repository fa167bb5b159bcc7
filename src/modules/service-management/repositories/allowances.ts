import { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { AllowanceBalance, AllowanceUsage } from "../models"
import { AllowanceDraw } from "../utils/allowances"
import { insertStatement } from "./common/insert"
import { SqlRepository, placeholders } from "./common/sql"

export type AllowanceBalanceRow = {
  id: string
  agreement_line_id: string
  period_start: Date
  allowance: number
  used: number
}

export type AllowanceUsageRow = {
  id: string
  agreement_line_id: string
  unit: AllowanceDraw["unit"]
  quantity: number
  covered_quantity: number
  overage_quantity: number
}

/** Agreement lines' allowances: each period's balance and the orders that drew on it. */
export class AllowanceRepository extends SqlRepository {
  /**
   * Records a service order's draws. Per draw: the period's balance row is created if missing
   * (the unique key makes concurrent creators meet on one row), then one UPDATE takes the row
   * lock and moves `used` up by what is left, at most the draw — the CTE reads `used` under that
   * same lock, so of ten concurrent draws on a balance of 3 exactly three are covered whatever
   * the interleaving; the CHECK `used <= allowance` holds even against a faulty caller. What the
   * balance cannot cover is the usage's overage. A (order, line) that already drew — the order
   * was completed before — draws nothing again.
   */
  async consume(serviceOrderId: string, draws: AllowanceDraw[], sharedContext: Context = {}): Promise<AllowanceUsageRow[]> {
    const manager = this.manager(sharedContext)
    const usages: AllowanceUsageRow[] = []
    for (const draw of draws) {
      const [drawn] = await manager.execute<{ id: string }[]>(
        `SELECT id FROM service_allowance_usage WHERE service_order_id = ? AND agreement_line_id = ? AND deleted_at IS NULL`,
        [serviceOrderId, draw.agreement_line_id]
      )
      if (drawn) {
        continue
      }
      const taken = await this.draw(manager, draw)
      const usage = {
        service_order_id: serviceOrderId,
        agreement_line_id: draw.agreement_line_id,
        balance_id: taken.id,
        unit: draw.unit,
        quantity: draw.quantity,
        covered_quantity: Number(taken.covered),
        overage_quantity: Number(taken.overage),
      }
      const insert = insertStatement(AllowanceUsage, [usage])
      const [row] = await manager.execute<{ id: string }[]>(`${insert.sql} RETURNING id`, insert.params)
      usages.push({ id: row.id, ...usage })
    }
    return usages
  }

  /**
   * Creates the period's balance if missing, then takes what is left of it, at most the draw.
   * A balance removed between the two (an undone first draw of the period) is created again.
   */
  private async draw(manager: ReturnType<SqlRepository["manager"]>, draw: AllowanceDraw): Promise<{ id: string; covered: string; overage: string }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const balance = insertStatement(AllowanceBalance, [
        { agreement_line_id: draw.agreement_line_id, period_start: draw.period_start, period_end: draw.period_end, allowance: draw.allowance, used: 0 },
      ])
      await manager.execute(`${balance.sql} ON CONFLICT (agreement_line_id, period_start) WHERE deleted_at IS NULL DO NOTHING`, balance.params)
      // numeric arithmetic in Postgres: covered + overage is the draw exactly (text out: no float on the way).
      const [taken] = await manager.execute<{ id: string; covered: string; overage: string }[]>(
        `WITH before AS (
           SELECT id, used FROM service_allowance_balance
           WHERE agreement_line_id = ? AND period_start = ? AND deleted_at IS NULL
           FOR UPDATE
         )
         UPDATE service_allowance_balance b SET used = LEAST(b.allowance, b.used + ?::numeric),
           raw_used = jsonb_build_object('value', LEAST(b.allowance, b.used + ?::numeric)::text, 'precision', 20), updated_at = now()
         FROM before WHERE b.id = before.id
         RETURNING b.id, (b.used - before.used)::text AS covered, (?::numeric - (b.used - before.used))::text AS overage`,
        [draw.agreement_line_id, draw.period_start, draw.quantity, draw.quantity, draw.quantity]
      )
      if (taken) {
        return taken
      }
    }
    throw new MedusaError(MedusaError.Types.CONFLICT, `The allowance of agreement line ${draw.agreement_line_id} changed meanwhile; try again`)
  }

  /**
   * Undoes draws: their covered quantity goes back to the balance, the usages are removed, and a
   * balance left with no draws at all is removed too (as if the period had never been drawn on).
   */
  async release(usageIds: string[], sharedContext: Context = {}): Promise<void> {
    if (!usageIds.length) {
      return
    }
    const manager = this.manager(sharedContext)
    await manager.execute(
      `UPDATE service_allowance_balance b SET used = GREATEST(0, b.used - u.covered),
         raw_used = jsonb_build_object('value', GREATEST(0, b.used - u.covered)::text, 'precision', 20), updated_at = now()
       FROM (SELECT balance_id, sum(covered_quantity) AS covered FROM service_allowance_usage
             WHERE id IN (${placeholders(usageIds)}) AND deleted_at IS NULL GROUP BY balance_id) u
       WHERE b.id = u.balance_id`,
      usageIds
    )
    const balances = await manager.execute<{ balance_id: string }[]>(
      `DELETE FROM service_allowance_usage WHERE id IN (${placeholders(usageIds)}) RETURNING balance_id`,
      usageIds
    )
    const balanceIds = [...new Set(balances.map((b) => b.balance_id))]
    if (balanceIds.length) {
      await manager.execute(
        `DELETE FROM service_allowance_balance b WHERE b.id IN (${placeholders(balanceIds)}) AND b.used = 0
           AND NOT EXISTS (SELECT 1 FROM service_allowance_usage u WHERE u.balance_id = b.id)`,
        balanceIds
      )
    }
  }

  /** The balance rows of the given (line, period start) pairs that exist, in one query. */
  async balances(keys: { agreement_line_id: string; period_start: Date }[], sharedContext: Context = {}): Promise<AllowanceBalanceRow[]> {
    if (!keys.length) {
      return []
    }
    const rows = await this.manager(sharedContext).execute<AllowanceBalanceRow[]>(
      `SELECT id, agreement_line_id, period_start, allowance, used FROM service_allowance_balance
       WHERE deleted_at IS NULL AND (agreement_line_id, period_start) IN (${keys.map(() => "(?, ?::timestamptz)").join(", ")})`,
      keys.flatMap((k) => [k.agreement_line_id, k.period_start])
    )
    return rows.map((r) => ({ ...r, allowance: Number(r.allowance), used: Number(r.used) }))
  }
}
