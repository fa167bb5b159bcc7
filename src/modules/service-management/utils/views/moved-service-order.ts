import { StageTransition } from "../../models/stage-transition"
import { withUnsetColumns } from "./created-service-order"

type Row = Record<string, unknown>

/**
 * A service order read just before a stage move, as the same read answers it after: in the new
 * stage (with its reasons), with the move's timestamps and SLA fields (`set`), its `updated_at`
 * and — when its history was read — the move's history row last. Fields the move leaves alone
 * stay as read (the read ran inside the order's lock).
 */
export function movedServiceOrderView(read: Row, move: { to: Row; set: Row; at: Date | string }, transition: Row) {
  const history = read.stage_transitions as Row[] | undefined
  return {
    ...read,
    ...move.set,
    stage_id: move.to.id,
    stage: move.to,
    updated_at: new Date(move.at),
    ...(history ? { stage_transitions: [...history, withUnsetColumns(StageTransition, transition)] } : {}),
  }
}
