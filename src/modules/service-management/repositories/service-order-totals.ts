import { Context } from "@medusajs/framework/types"
import { ServiceOrder } from "../models"
import { placeholders, SqlRepository } from "./common/sql"
import { updateStatement } from "./common/update"

/** An order's totals as written, with its `updated_at`. */
export type WrittenServiceOrderTotals = { id: string; revenue_total: number; cost_total: number; margin_total: number; updated_at: Date }
/** The columns a refresh wrote, as they were before it (JSON: what `restore` writes back). */
export type PreviousServiceOrderTotals = { id: string } & Record<string, unknown>

type TotalsRow = { id: string; revenue_total: string; cost_total: string; margin_total: string; updated_at: Date; previous: Record<string, unknown> }

/** Service orders' totals, kept in step with their lines. */
export class ServiceOrderTotalsRepository extends SqlRepository {
  /**
   * Recomputes the orders' totals from their live lines in one statement, by the rule of
   * `computeServiceOrderTotals` (revenue: billable lines at their price; cost: every line; margin:
   * revenue − cost), stamped `at`; answers them as written, and the columns written as they were
   * (for `restore`).
   */
  async refresh(ids: string[], at: Date, sharedContext: Context = {}): Promise<{ written: WrittenServiceOrderTotals[]; previous: PreviousServiceOrderTotals[] }> {
    const rows = await this.manager(sharedContext).execute<TotalsRow[]>(
      `WITH totals AS (
         SELECT o.id,
           trim_scale(coalesce(sum(l.quantity * l.unit_price) FILTER (WHERE l.billable IS DISTINCT FROM false), 0)) AS revenue,
           trim_scale(coalesce(sum(l.quantity * l.unit_cost), 0)) AS cost
         FROM unnest(ARRAY[${placeholders(ids)}]::text[]) AS o(id)
         LEFT JOIN service_order_line l ON l.service_order_id = o.id AND l.deleted_at IS NULL
         GROUP BY o.id
       )
       UPDATE service_order s SET
         revenue_total = t.revenue, raw_revenue_total = jsonb_build_object('value', t.revenue::text, 'precision', 20),
         cost_total = t.cost, raw_cost_total = jsonb_build_object('value', t.cost::text, 'precision', 20),
         margin_total = t.revenue - t.cost, raw_margin_total = jsonb_build_object('value', (t.revenue - t.cost)::text, 'precision', 20),
         updated_at = ?
       FROM totals t, service_order old
       WHERE s.id = t.id AND s.deleted_at IS NULL AND old.id = s.id
       RETURNING s.id, s.revenue_total, s.cost_total, s.margin_total, s.updated_at,
         jsonb_build_object('revenue_total', old.revenue_total, 'raw_revenue_total', old.raw_revenue_total, 'cost_total', old.cost_total,
           'raw_cost_total', old.raw_cost_total, 'margin_total', old.margin_total, 'raw_margin_total', old.raw_margin_total,
           'updated_at', old.updated_at) AS previous`,
      [...ids, at]
    )
    return {
      written: rows.map((r) => ({
        id: r.id,
        revenue_total: Number(r.revenue_total),
        cost_total: Number(r.cost_total),
        margin_total: Number(r.margin_total),
        updated_at: new Date(r.updated_at),
      })),
      previous: rows.map((r) => ({ id: r.id, ...r.previous })),
    }
  }

  /** Writes totals back as `refresh` found them (compensation). */
  async restore(previous: PreviousServiceOrderTotals[], sharedContext: Context = {}): Promise<void> {
    for (const { id, ...columns } of previous) {
      const statement = updateStatement(ServiceOrder, id, columns)
      await this.manager(sharedContext).execute(statement.sql, statement.params)
    }
  }
}
