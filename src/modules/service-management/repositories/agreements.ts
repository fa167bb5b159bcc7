import { Context } from "@medusajs/framework/types"
import { AgreementLineType } from "../../../types/enums"
import { AgreementOccurrence } from "../models"
import { stateConflictMessage } from "../utils/conflicts"
import { GENERATION_CANDIDATES } from "../utils/generation-candidates"
import { InsertRow, insertStatement } from "./common/insert"
import { SqlRepository, compareAndSet, executeBound } from "./common/sql"
import type { ServiceOrdersInsert, WrittenServiceOrders } from "./service-order-inserts"

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
  /** The row's version when read (`xmin`): a generation cursor is written only while it holds. */
  version: string
}
/** Where generation next finds something due for an agreement, valid while the agreement's row is still at `version`. */
export type GenerationCursor = { id: string; version: string; due_at: Date }
/**
 * A generation run's write: its orders (as their statement), the new claims and the orphaned claims taken up again
 * (`reclaimed`), each occurrence with the index of its order in `orders`, and the run's cursors.
 */
export type GeneratedOrdersWrite = {
  orders: ServiceOrdersInsert | null
  claims: (OccurrenceClaim & { order: number })[]
  reclaimed: { id: string; order: number }[]
  cursors: GenerationCursor[]
}
/** What a generation run wrote: the orders and their rows, the ids of its new claims and of the agreements whose cursor moved. */
export type WrittenGeneration = WrittenServiceOrders & { claim_ids: string[]; cursor_ids: string[] }

/** Columns a status move of an agreement may set besides the status. */
const STATUS_STAMPS = ["activated_at", "suspended_at", "expired_at", "cancelled_at", "suspensions"]

/** Service agreements: status moves and the claims on their occurrences. */
export class AgreementRepository extends SqlRepository {
  /** A claim as its table row, naming the order generated for it. */
  static toOccurrenceRow(claim: OccurrenceClaim & { service_order_id: string }): InsertRow<typeof AgreementOccurrence> {
    const { agreement_id, agreement_line_id, occurrence_date, service_order_id } = claim
    return { agreement_id, agreement_line_id, occurrence_date, service_order_id }
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
   * Claims occurrences for the orders just generated for them: inserts the (line, date) keys, each
   * already naming its order, that nobody claimed yet and returns the ids of those only. A
   * concurrent generation claiming the same keys waits for this transaction and gets nothing back,
   * so each occurrence leads to exactly one service order.
   */
  async claimOccurrences(claims: (OccurrenceClaim & { service_order_id: string })[], sharedContext: Context = {}): Promise<string[]> {
    if (!claims.length) {
      return []
    }
    const insert = insertStatement(AgreementOccurrence, claims.map(AgreementRepository.toOccurrenceRow))
    const rows = await executeBound<{ id: string }>(
      this.manager(sharedContext),
      `${insert.sql}
       ON CONFLICT (agreement_line_id, occurrence_date) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      insert.params
    )
    return rows.map((r) => r.id)
  }

  /** Points claimed occurrences at the orders generated for them, in one statement. */
  async linkOccurrences(links: { id: string; service_order_id: string }[], sharedContext: Context = {}): Promise<void> {
    if (!links.length) {
      return
    }
    await executeBound(
      this.manager(sharedContext),
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
   * The next page of agreement ids in id order after `after` that may have an occurrence due up
   * to `until` without an order (`GENERATION_CANDIDATES`): read from the cursors' index alone.
   */
  async listDueForGeneration(input: { after: string; limit: number; until: Date }, sharedContext: Context = {}): Promise<string[]> {
    const rows = await this.manager(sharedContext).execute<{ id: string }[]>(
      `SELECT id FROM service_agreement WHERE ${GENERATION_CANDIDATES} AND id > ? ORDER BY id LIMIT ?`,
      [input.until, input.after, input.limit]
    )
    return rows.map((r) => r.id)
  }

  /**
   * Moves generation cursors forward, each only if its agreement's row was not changed since it
   * was read (else Postgres's triggers have set it back to NULL, which stays: check again).
   */
  async advanceGenerationCursors(cursors: GenerationCursor[], sharedContext: Context = {}): Promise<string[]> {
    if (!cursors.length) {
      return []
    }
    const rows = await executeBound<{ id: string }>(
      this.manager(sharedContext),
      `UPDATE service_agreement a SET generation_due_at = v.due_at
       FROM json_to_recordset(?::json) AS v(id text, version text, due_at timestamptz)
       WHERE a.id = v.id AND a.xmin::text = v.version AND a.generation_due_at IS DISTINCT FROM v.due_at
       RETURNING a.id`,
      [JSON.stringify(cursors)]
    )
    return rows.map((r) => r.id)
  }

  /** Undoes `advanceGenerationCursors`: the agreements are checked again by the next generation. */
  async resetGenerationCursors(ids: string[], sharedContext: Context = {}): Promise<void> {
    if (!ids.length) {
      return
    }
    await this.manager(sharedContext).execute(
      `UPDATE service_agreement SET generation_due_at = NULL WHERE id IN (SELECT json_array_elements_text(?::json))`,
      [JSON.stringify(ids)]
    )
  }

  /**
   * The given agreements, whatever their status, as generation plans them — one statement, plain
   * SQL — with each row's version for the cursor written after the run.
   */
  async listByIdForGeneration(input: { ids: string[]; until: Date }, sharedContext: Context = {}): Promise<AgreementForGeneration[]> {
    return this.manager(sharedContext).execute<AgreementForGeneration[]>(
      `SELECT a.*, coalesce(l.lines, '[]') AS lines, coalesce(o.occurrences, '[]') AS occurrences
       FROM (SELECT id, number, status, is_template, customer_id, currency_code, name, valid_from, valid_to, suspensions, xmin::text AS version
             FROM service_agreement WHERE deleted_at IS NULL AND id IN (SELECT json_array_elements_text(?::json))) a
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
      [JSON.stringify(input.ids), input.until]
    )
  }
}
