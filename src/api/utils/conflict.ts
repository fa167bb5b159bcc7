import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isLostRace } from "../../modules/service-management/utils/conflicts"

/**
 * Runs `work`; a lost race is answered here as `409 { type: "conflict", message }` (Medusa's error
 * handler would replace the message with a generic one, and the message is what tells a
 * dispatcher what is in the way). With `current` — a fresh read of the state now in the way —
 * every lost race is answered with it: a CONFLICT (stale precondition, lost compare-and-set), the
 * lock not had in time, a deadlock or serialization failure; so the answer is the same whichever
 * way the race was lost. Without it a CONFLICT keeps its own message (e.g. the booking in the way).
 * Returns false when it answered.
 */
export async function answerConflicts(
  res: MedusaResponse,
  work: () => Promise<unknown>,
  current?: () => Promise<string>
): Promise<boolean> {
  try {
    await work()
    return true
  } catch (e) {
    const conflict = (e as MedusaError)?.type === MedusaError.Types.CONFLICT
    if (current && (conflict || isLostRace(e))) {
      res.status(409).json({ type: "conflict", message: await current() })
      return false
    }
    if (conflict) {
      res.status(409).json({ type: "conflict", message: (e as Error).message })
      return false
    }
    throw e
  }
}

/**
 * When the request reached the server: the start time Medusa's request logger (morgan) records
 * before any other middleware runs, else now. An implied precondition ("as it was when the
 * request arrived") taken from it does not depend on how long authentication and validation took.
 */
export const requestArrivedAt = (req: MedusaRequest): Date => {
  const started = (req as unknown as { _startTime?: unknown })._startTime
  return started instanceof Date ? started : new Date()
}
