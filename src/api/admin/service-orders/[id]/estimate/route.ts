import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { draftServiceEstimateWorkflow } from "../../../../../workflows/estimates/draft-service-estimate"
import { serviceEstimateResponse } from "./helpers"
import { AdminDraftServiceEstimate } from "./validators"

/** The order's estimate: the current version with its lines and total, every version, and the allowed actions. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await serviceEstimateResponse(req, req.params.id))
}

/** Drafts a new version from the billable lines (a Medusa draft order), superseding the current one. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminDraftServiceEstimate>, res: MedusaResponse) => {
  await draftServiceEstimateWorkflow(req.scope).run({
    input: {
      service_order_id: req.params.id,
      valid_until: req.validatedBody.valid_until,
      actor: { type: "user", id: req.auth_context.actor_id },
      additional_data: req.validatedBody.additional_data,
    },
  })
  res.json(await serviceEstimateResponse(req, req.params.id))
}
