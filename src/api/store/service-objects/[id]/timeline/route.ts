import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storeTimelineEntries, timelineView } from "../../../../../modules/service-management/utils/views/timeline"
import { AdminGetServiceObjectTimelineParams } from "../../../../admin/service-objects/validators"
import { loadTimelineEntries } from "../../../../admin/service-objects/[id]/timeline/load-timeline"

/**
 * The signed-in customer's own object's history (another's answers 404): no staff-only entries,
 * costs, internal notes or technicians' surnames.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetServiceObjectTimelineParams>, res: MedusaResponse) => {
  const { limit, offset, before } = req.validatedQuery
  const entries = storeTimelineEntries(await loadTimelineEntries(req.scope, req.params.id, req.auth_context.actor_id))
  res.json(timelineView(entries, { limit, offset, before }))
}
