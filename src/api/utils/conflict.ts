import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Runs `work`; a CONFLICT it throws is answered here as `409 { type: "conflict", message }` with
 * its own message (Medusa's error handler would replace the message with a generic one, and the
 * message is what tells a dispatcher which booking is in the way). Returns false when it answered.
 */
export async function answerConflicts(res: MedusaResponse, work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work()
    return true
  } catch (e) {
    if ((e as MedusaError)?.type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", message: (e as Error).message })
      return false
    }
    throw e
  }
}
