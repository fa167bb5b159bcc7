import { Context } from "@medusajs/framework/types"
import { AgreementLineType } from "../../../types/enums"
import { AgreementOccurrence } from "../models"
import { stateConflictMessage } from "../utils/conflicts"
import { InsertRow, insertStatement } from "./common/insert"
import { SqlRepository, compareAndSet } from "./common/sql"

export type OccurrenceClaim = { agreement_id: string; agreement_line_id: string; occurrence_date: Date }
export type ClaimedOccurrence = OccurrenceClaim & { id: string }
/**
 * An agreement as generation plans it: what its orders copy, validity, suspensions, its recurring
 * lines, and the occurrences claimed up to `until` (with their order, or none yet).
 */
export type AgreementForGeneration = {
  id: string
  number: string
  status: string
  is_template: boolean
  customer_id: string | null
  currency_code: string
  name: string
  valid_from: Date
  valid_to: Date | null
  suspensions: unknown
  lines: {
    id: string
    recurrence: string
    valid_from: string | null
    valid_to: string | null
    type: AgreementLineType
    description: string
    quantity: number
    unit_price: number
    unit_cost: number
    service_task_id: string | null
    service_object_id: string | null
  }[]
  /** `occurrence_date` in epoch milliseconds. */
  occurrences: { id: string; agreement_line_id: string; occurrence_date: number; service_order_id: string | null }[]
}

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

  /** Points claimed occurrences at the orders generated for them, in one statement. */
  async linkOccurrences(links: { id: string; service_order_id: string }[], sharedContext: Context = {}): Promise<void> {
    if (!links.length) {
      return
    }
    await this.manager(sharedContext).execute(
      `UPDATE service_agreement_occurrence o SET service_order_id = v.service_order_id, updated_at = now()
       FROM json_to_recordset(?::json) AS v(id text, service_order_id text)
       WHERE o.id = v.id`,
      [JSON.stringify(links)]
    )
  }

  /** Undoes `linkOccurrences`: the occurrences name no order again. */
  async unlinkOccurrences(ids: string[], sharedContext: Context = {}): Promise<void> {
    if (!ids.length) {
      return
    }
    await this.manager(sharedContext).execute(
      `UPDATE service_agreement_occurrence SET service_order_id = NULL, updated_at = now() WHERE id IN (SELECT json_array_elements_text(?::json))`,
      [JSON.stringify(ids)]
    )
  }

  /**
   * A page of active agreements (not templates) in id order after `after`, as generation plans
   * them — one statement, plain SQL: what decides whether a generation has anything to do.
   */
  async listForGeneration(input: { after: string; limit: number; until: Date }, sharedContext: Context = {}): Promise<AgreementForGeneration[]> {
    return this.selectForGeneration(
      `status = 'active' AND is_template = false AND id > ? ORDER BY id LIMIT ?`,
      [input.after, input.limit],
      input.until,
      sharedContext
    )
  }

  /** The given agreements, whatever their status, as generation plans them — one statement. */
  async listByIdForGeneration(input: { ids: string[]; until: Date }, sharedContext: Context = {}): Promise<AgreementForGeneration[]> {
    return this.selectForGeneration(`id IN (SELECT json_array_elements_text(?::json))`, [JSON.stringify(input.ids)], input.until, sharedContext)
  }

  /** The agreements `filter` picks (the rest of their query after `WHERE`), each with its lines and occurrences. */
  private async selectForGeneration(filter: string, params: unknown[], until: Date, sharedContext: Context): Promise<AgreementForGeneration[]> {
    return this.manager(sharedContext).execute<AgreementForGeneration[]>(
      `SELECT a.*, coalesce(l.lines, '[]') AS lines, coalesce(o.occurrences, '[]') AS occurrences
       FROM (SELECT id, number, status, is_template, customer_id, currency_code, name, valid_from, valid_to, suspensions
             FROM service_agreement WHERE deleted_at IS NULL AND ${filter}) a
       LEFT JOIN LATERAL (
         SELECT json_agg(json_build_object('id', id, 'recurrence', recurrence, 'valid_from', valid_from, 'valid_to', valid_to,
                  'type', type, 'description', description, 'quantity', quantity, 'unit_price', unit_price, 'unit_cost', unit_cost,
                  'service_task_id', service_task_id, 'service_object_id', service_object_id) ORDER BY created_at, id) AS lines
         FROM service_agreement_line WHERE agreement_id = a.id AND recurrence IS NOT NULL AND deleted_at IS NULL
       ) l ON true
       LEFT JOIN LATERAL (
         SELECT json_agg(json_build_object('id', id, 'agreement_line_id', agreement_line_id,
                  'occurrence_date', (extract(epoch FROM occurrence_date) * 1000)::bigint, 'service_order_id', service_order_id)) AS occurrences
         FROM service_agreement_occurrence WHERE agreement_id = a.id AND occurrence_date <= ? AND deleted_at IS NULL
       ) o ON true
       ORDER BY a.id`,
      [...params, until]
    )
  }
}
