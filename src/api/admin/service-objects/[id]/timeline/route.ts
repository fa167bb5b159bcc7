import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { timelineView } from "../../../../../modules/service-management/utils/views/timeline"
import { AdminGetServiceObjectTimelineParams } from "../../validators"
import { loadTimelineEntries } from "./load-timeline"

/** The object's whole history, newest first: purchase to replacement, with staff-only details. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetServiceObjectTimelineParams>, res: MedusaResponse) => {
  const { limit, offset, before } = req.validatedQuery
  res.json(timelineView(await loadTimelineEntries(req.scope, req.params.id), { limit, offset, before }))
}
