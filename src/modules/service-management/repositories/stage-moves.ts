import { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { stageState, stateConflictMessage } from "../utils/conflicts"
import { SLA_LOG_COLUMNS } from "../utils/sla-clock"
import { SqlRepository, compareAndSet } from "./common/sql"
import { bulkEntityId } from "./common/entity-ids"

/**
 * Columns a stage move may set besides the stage: its timestamps, and the SLA fields the SLA
 * events it records change (undoing a move sets them all back, `stage_changed_at` included).
 */
const MOVE_COLUMNS: string[] = ["closed_at", "canceled_at", "stage_changed_at", ...SLA_LOG_COLUMNS]

/** A move of one order from a stage to another, with what else it sets (`MOVE_COLUMNS`) and its `updated_at`. */
export type StageMove = { id: string; from_stage_id: string; to_stage_id: string; set?: Record<string, unknown>; at?: Date }

/** A stage history row as a move writes it (the order is the move's). */
export type StageMoveTransition = {
  from_stage_id: string | null
  from_stage_code: string | null
  to_stage_id: string
  to_stage_code: string
  reason_code?: string | null
  note?: string | null
  actor_type: string
  actor_id?: string | null
}

/** An SLA event a move records (the stages' SLA actions). */
export type StageMoveSlaEvent = {
  type: string
  metric?: string | null
  reason_code?: string | null
  note?: string | null
  source: string
  actor_type: string
  actor_id?: string | null
  occurred_at: Date | string
}

const TRANSITION_COLUMNS = ["from_stage_id", "from_stage_code", "to_stage_id", "to_stage_code", "reason_code", "note", "actor_type", "actor_id"] as const
const SLA_EVENT_COLUMNS = ["type", "metric", "reason_code", "note", "source", "actor_type", "actor_id", "occurred_at"] as const

/** Service orders' moves between stages. */
export class StageMoveRepository extends SqlRepository {
  /**
   * A whole move in one statement: the order's compare-and-set (as `move`), its history row and
   * its SLA events, the inserts reading the updated row, so a lost race writes nothing (409 naming
   * the stage now). One statement is atomic without a transaction of its own. Answers the ids
   * written; `at` is the rows' `created_at` and the order's `updated_at`.
   */
  async moveWithHistory(
    input: StageMove & { at: Date; transition: StageMoveTransition; sla_events: StageMoveSlaEvent[] },
    sharedContext: Context = {}
  ): Promise<{ transition_id: string; sla_event_ids: string[] }> {
    const manager = this.manager(sharedContext)
    const stamps = Object.entries(input.set ?? {}).filter(([k]) => MOVE_COLUMNS.includes(k))
    const set: [string, unknown][] = [["stage_id", input.to_stage_id], ...stamps, ["updated_at", input.at]]
    const transitionId = bulkEntityId("strn")
    const events = input.sla_events.map((e) => ({ id: bulkEntityId("slaev"), ...e }))
    const [row] = await manager.execute<{ moved: number }[]>(
      `WITH moved AS (
         UPDATE service_order SET ${set.map(([k]) => `"${k}" = ?`).join(", ")}
         WHERE id = ? AND stage_id = ? AND deleted_at IS NULL
         RETURNING id
       ), history AS (
         INSERT INTO service_stage_transition (id, service_order_id, ${TRANSITION_COLUMNS.join(", ")}, created_at, updated_at)
         SELECT ?, moved.id, ${TRANSITION_COLUMNS.map(() => "?").join(", ")}, ?, ? FROM moved
       ), sla AS (
         INSERT INTO service_sla_event (id, service_order_id, ${SLA_EVENT_COLUMNS.join(", ")}, created_at, updated_at)
         SELECT e.id, moved.id, ${SLA_EVENT_COLUMNS.map((c) => `e.${c}`).join(", ")}, ?, ?
         FROM moved, jsonb_to_recordset(?::jsonb) AS e(id text, type text, metric text, reason_code text, note text, source text, actor_type text, actor_id text, occurred_at timestamptz)
       )
       SELECT count(*)::int AS moved FROM moved`,
      [
        ...set.map(([, v]) => v),
        input.id,
        input.from_stage_id,
        transitionId,
        ...TRANSITION_COLUMNS.map((c) => input.transition[c] ?? null),
        input.at,
        input.at,
        input.at,
        input.at,
        JSON.stringify(events),
      ]
    )
    if (!row?.moved) {
      const [now] = await manager.execute<{ number: string; stage_id: string }[]>(
        `SELECT number, stage_id FROM service_order WHERE id = ? AND deleted_at IS NULL`,
        [input.id]
      )
      throw new MedusaError(MedusaError.Types.CONFLICT, await conflictMessage(manager, input.id, now))
    }
    return { transition_id: transitionId, sla_event_ids: events.map((e) => e.id) }
  }

  /**
   * Moves an order to another stage only if it is still in `from_stage_id`: of two concurrent
   * moves from the same stage, the second finds nothing to update and gets a conflict naming the
   * stage now. `at` is the order's `updated_at` (now when not given).
   */
  async move(
    input: StageMove,
    sharedContext: Context = {}
  ): Promise<void> {
    const manager = this.manager(sharedContext)
    const stamps = Object.entries(input.set ?? {}).filter(([k]) => MOVE_COLUMNS.includes(k))
    await compareAndSet<{ number: string; stage_id: string }>(manager, {
      table: "service_order",
      set: [
        ["stage_id", input.to_stage_id],
        ...(stamps.some(([k]) => k === "stage_changed_at") ? [] : [["stage_changed_at", new Date()] as [string, unknown]]),
        ...stamps,
        ...(input.at ? [["updated_at", input.at] as [string, unknown]] : []),
      ],
      id: input.id,
      expect: ["stage_id", input.from_stage_id],
      conflict: (now) => conflictMessage(manager, input.id, now),
    })
  }
}

/** The 409 of a move that lost its race: the stage the order is in now, or that it is gone. */
async function conflictMessage(manager: SqlEntityManager, id: string, now: { number: string; stage_id: string } | undefined) {
  const [stage] = now
    ? await manager.execute<{ code: string; name: string }[]>(`SELECT code, name FROM service_stage WHERE id = ?`, [now.stage_id])
    : []
  return stateConflictMessage(`Service order ${now?.number ?? id}`, stage ? stageState(stage) : "deleted")
}
