import { Context } from "@medusajs/framework/types"
import { AgreementOccurrence } from "../models"
import { stateConflictMessage } from "../utils/conflicts"
import { InsertRow, insertStatement } from "./common/insert"
import { SqlRepository, compareAndSet, placeholders } from "./common/sql"

export type OccurrenceClaim = { agreement_id: string; agreement_line_id: string; occurrence_date: Date }
export type ClaimedOccurrence = OccurrenceClaim & { id: string }
export type OccurrenceKey = { agreement_line_id: string; occurrence_date: Date }

/** Columns a status move of an agreement may set besides the status. */
const STATUS_STAMPS = ["activated_at", "suspended_at", "expired_at", "cancelled_at", "suspensions"]

/** Service agreements: status moves and the claims on their occurrences. */
export class AgreementRepository extends SqlRepository {
  /** A claim as its table row: no service order generated for it yet. */
  static toOccurrenceRow(claim: OccurrenceClaim): InsertRow<typeof AgreementOccurrence> {
    return { ...claim, service_order_id: null }
  }

  /**
   * Changes an agreement's status only if it still has `from`: of two concurrent moves, the
   * second finds nothing to update and gets a conflict.
   */
  async moveStatus(
    input: { id: string; from: string; to: string; set?: Record<string, unknown> },
    sharedContext: Context = {}
  ): Promise<void> {
    const stamps = Object.entries(input.set ?? {})
      .filter(([k]) => STATUS_STAMPS.includes(k))
      .map(([k, v]): [string, unknown] => (k === "suspensions" ? [k, JSON.stringify(v ?? null)] : [k, v]))
    await compareAndSet<{ number: string; status: string }>(this.manager(sharedContext), {
      table: "service_agreement",
      set: [["status", input.to], ...stamps],
      jsonb: ["suspensions"],
      id: input.id,
      expect: ["status", input.from],
      conflict: (now) => stateConflictMessage(`Service agreement ${now?.number ?? input.id}`, now?.status ?? "deleted"),
    })
  }

  /**
   * Claims occurrences for generation: inserts the (line, date) keys that nobody claimed yet and
   * returns only those. A concurrent generation claiming the same keys gets nothing back, so
   * each occurrence leads to exactly one service order.
   */
  async claimOccurrences(claims: OccurrenceClaim[], sharedContext: Context = {}): Promise<ClaimedOccurrence[]> {
    if (!claims.length) {
      return []
    }
    const insert = insertStatement(AgreementOccurrence, claims.map(AgreementRepository.toOccurrenceRow))
    const rows = await this.manager(sharedContext).execute<ClaimedOccurrence[]>(
      `${insert.sql}
       ON CONFLICT (agreement_line_id, occurrence_date) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id, agreement_id, agreement_line_id, occurrence_date`,
      insert.params
    )
    return rows.map((r) => ({ ...r, occurrence_date: new Date(r.occurrence_date) }))
  }

  /**
   * The keys of the agreements' occurrences up to `until` whose service order exists: what a
   * generation compares the due occurrences with before doing any work (one indexed read per page
   * of agreements, on (agreement_id, occurrence_date)).
   */
  async listGeneratedKeys(input: { agreement_ids: string[]; until: Date }, sharedContext: Context = {}): Promise<OccurrenceKey[]> {
    if (!input.agreement_ids.length) {
      return []
    }
    return this.manager(sharedContext).execute<OccurrenceKey[]>(
      `SELECT agreement_line_id, occurrence_date FROM service_agreement_occurrence
       WHERE agreement_id IN (${placeholders(input.agreement_ids)}) AND occurrence_date <= ?
         AND service_order_id IS NOT NULL AND deleted_at IS NULL`,
      [...input.agreement_ids, input.until]
    )
  }
}
