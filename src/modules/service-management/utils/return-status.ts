import { MedusaError } from "@medusajs/framework/utils"
import { ServiceReturnAction, ServiceReturnStatus } from "../../../types/enums"

/** The allowed moves of a service return: the statuses each action starts from and where it leads. */
export const SERVICE_RETURN_MOVES: Record<ServiceReturnAction, { from: ServiceReturnStatus[]; to: ServiceReturnStatus }> = {
  approve: { from: ["requested"], to: "approved" },
  reject: { from: ["requested", "approved"], to: "rejected" },
  receive: { from: ["approved"], to: "received" },
  start_repair: { from: ["received"], to: "in_repair" },
  // A return with nothing to repair is resolved straight from "received".
  resolve: { from: ["received", "in_repair"], to: "resolved" },
}

// The column stamped when a return reaches a status.
const STAMPS: Partial<Record<ServiceReturnStatus, string>> = {
  approved: "approved_at",
  received: "received_at",
  resolved: "resolved_at",
  rejected: "rejected_at",
}

/**
 * Checks a status move; returns the target status and the timestamp column to set, or throws a
 * 400 naming the allowed starting statuses.
 */
export function planServiceReturnMove(
  current: { number: string; status: ServiceReturnStatus },
  action: ServiceReturnAction
): { from: ServiceReturnStatus; to: ServiceReturnStatus; stamp: string | null } {
  const move = SERVICE_RETURN_MOVES[action]
  if (!move.from.includes(current.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Service return ${current.number} is ${current.status}; "${action}" needs it to be ${move.from.join(" or ")}`
    )
  }
  return { from: current.status, to: move.to, stamp: STAMPS[move.to] ?? null }
}
