import { Context } from "@medusajs/framework/types"
import { stageState, stateConflictMessage } from "../utils/conflicts"
import { SLA_LOG_COLUMNS } from "../utils/sla-clock"
import { SqlRepository, compareAndSet } from "./common/sql"

/**
 * Columns a stage move may set besides the stage: its timestamps, and the SLA fields the SLA
 * events it records change (undoing a move sets them all back, `stage_changed_at` included).
 */
const MOVE_COLUMNS: string[] = ["closed_at", "canceled_at", "stage_changed_at", ...SLA_LOG_COLUMNS]

/** A move of one order from a stage to another, with what else it sets (`MOVE_COLUMNS`) and its `updated_at`. */
export type StageMove = { id: string; from_stage_id: string; to_stage_id: string; set?: Record<string, unknown>; at?: Date }

/** Service orders' moves between stages. */
export class StageMoveRepository extends SqlRepository {
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
      conflict: async (now) => {
        const [stage] = now
          ? await manager.execute<{ code: string; name: string }[]>(`SELECT code, name FROM service_stage WHERE id = ?`, [now.stage_id])
          : []
        return stateConflictMessage(`Service order ${now?.number ?? input.id}`, stage ? stageState(stage) : "deleted")
      },
    })
  }
}
