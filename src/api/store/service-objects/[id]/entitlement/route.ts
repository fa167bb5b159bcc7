import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storeEntitlementView } from "../../../../../modules/service-management/utils/views/entitlement"
import { loadEntitlement } from "../../../../admin/service-objects/[id]/entitlement/load-entitlement"

/** The signed-in customer's entitlement for their own object (another's answers 404), without internal fields. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ entitlement: storeEntitlementView(await loadEntitlement(req.scope, req.params.id, req.auth_context.actor_id)) })
}
