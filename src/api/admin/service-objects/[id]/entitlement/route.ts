import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadEntitlement } from "./load-entitlement"

/** What the object's owner is entitled to today: warranty, agreement coverage, SLA, return window and options with their cost. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ entitlement: await loadEntitlement(req.scope, req.params.id) })
}
