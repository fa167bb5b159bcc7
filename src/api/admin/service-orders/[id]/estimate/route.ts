import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { draftServiceEstimateWorkflow } from "../../../../../workflows/estimates/draft-service-estimate"
import { estimateActionRoute, serviceEstimateResponse } from "./helpers"

/** The order's estimate: the current version with its lines and total, every version, and the allowed actions. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await serviceEstimateResponse(req, req.params.id))
}

/** Drafts a new version from the billable lines (a Medusa draft order), superseding the current one. */
export const POST = estimateActionRoute(draftServiceEstimateWorkflow)
