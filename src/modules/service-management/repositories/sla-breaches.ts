import { Context } from "@medusajs/framework/types"
import { SqlRepository, placeholders } from "./common/sql"
import { SlaMetric } from "../../../types/enums"
import { BREACH_COLUMNS, breachCandidates } from "../utils/sla-breach-candidates"

export type SlaBreach = { id: string; number: string; customer_id: string; sla_id: string | null; metric: SlaMetric; due_at: Date }

/** Service orders' SLA breach marks, each reported once. */
export class SlaBreachRepository extends SqlRepository {
  /**
   * Marks up to `limit` orders whose `metric` due time passed unmet (before it was met, the clock
   * paused, or the order was closed or cancelled) as breached, and returns exactly those. The
   * update only touches rows not yet marked, so each order and metric is reported once, however
   * many checks run at once.
   */
  async mark(input: { metric: SlaMetric; now: Date; limit: number }, sharedContext: Context = {}): Promise<SlaBreach[]> {
    const c = BREACH_COLUMNS[input.metric]
    const rows = await this.manager(sharedContext).execute<Omit<SlaBreach, "metric">[]>(
      `UPDATE service_order SET "${c.breached}" = ?, updated_at = now()
       WHERE id IN (
         SELECT id FROM service_order
         WHERE ${breachCandidates(input.metric)} AND "${c.due}" < ?
         ORDER BY "${c.due}", id
         LIMIT ?
         FOR UPDATE SKIP LOCKED
       ) AND "${c.breached}" IS NULL
       RETURNING id, number, customer_id, sla_id, "${c.due}" AS due_at`,
      [input.now, input.now, input.limit]
    )
    return rows.map((r) => ({ ...r, metric: input.metric, due_at: new Date(r.due_at) }))
  }

  /** Takes breach marks back (compensation of a failed breach check). */
  async unmark(input: { metric: SlaMetric; ids: string[] }, sharedContext: Context = {}): Promise<void> {
    if (!input.ids.length) {
      return
    }
    const c = BREACH_COLUMNS[input.metric]
    await this.manager(sharedContext).execute(
      `UPDATE service_order SET "${c.breached}" = NULL WHERE id IN (${placeholders(input.ids)})`,
      input.ids
    )
  }
}
