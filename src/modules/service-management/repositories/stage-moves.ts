import { Context } from "@medusajs/framework/types"
import { stageState, stateConflictMessage } from "../utils/conflicts"
import { SqlRepository, compareAndSet } from "./common/sql"

/** Timestamps a stage move may set besides the stage (`stage_changed_at`: when undoing a move, the one before it). */
const STAGE_STAMPS = ["closed_at", "canceled_at", "stage_changed_at"]

/** Service orders' moves between stages. */
export class StageMoveRepository extends SqlRepository {
  /**
   * Moves an order to another stage only if it is still in `from_stage_id`: of two concurrent
   * moves from the same stage, the second finds nothing to update and gets a conflict naming the
   * stage now.
   */
  async move(
    input: { id: string; from_stage_id: string; to_stage_id: string; timestamps?: Record<string, Date | null> },
    sharedContext: Context = {}
  ): Promise<void> {
    const manager = this.manager(sharedContext)
    const stamps = Object.entries(input.timestamps ?? {}).filter(([k]) => STAGE_STAMPS.includes(k))
    await compareAndSet<{ number: string; stage_id: string }>(manager, {
      table: "service_order",
      set: [["stage_id", input.to_stage_id], ...(stamps.some(([k]) => k === "stage_changed_at") ? [] : [["stage_changed_at", new Date()] as [string, unknown]]), ...stamps],
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
