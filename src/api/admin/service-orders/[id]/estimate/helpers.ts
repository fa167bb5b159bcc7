import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { draftServiceEstimateWorkflow } from "../../../../../workflows/estimates/draft-service-estimate"
import { sendServiceEstimateWorkflow } from "../../../../../workflows/estimates/send-service-estimate"
import { serviceEstimateAllowedActions } from "../../../../../modules/service-management/utils/allowed-actions"
import { ServiceEstimateResponse } from "../../../../../types/http"
import { retrieveEntity } from "../../../../utils/respond"
import { loadServiceEstimates } from "../../../../utils/service-estimates"
import { serviceOrderScopeFilter } from "../../../../utils/service-order-scope"
import { AdminDraftServiceEstimate } from "./validators"

/** The order's estimate versions (the current one first) with what staff may do next. */
export async function serviceEstimateResponse(req: MedusaRequest, id: string): Promise<ServiceEstimateResponse> {
  const order = await retrieveEntity(req, "service_order", { id, ...serviceOrderScopeFilter(req) }, "Service order", [
    "id",
    "number",
    "posted_at",
    "stage.*",
  ])
  const versions = (await loadServiceEstimates(req.scope, [order.id])).get(order.id) ?? []
  const live = versions.find((v) => ["draft", "sent", "accepted"].includes(v.status)) ?? null
  return {
    estimate: live ?? versions[0] ?? null,
    versions,
    allowed_actions: serviceEstimateAllowedActions(order, live),
  }
}

type EstimateWorkflow = typeof draftServiceEstimateWorkflow | typeof sendServiceEstimateWorkflow

/** A staff estimate action (draft, send): runs its workflow for the order and answers the estimate. */
export const estimateActionRoute =
  (workflow: EstimateWorkflow) => async (req: AuthenticatedMedusaRequest<AdminDraftServiceEstimate>, res: MedusaResponse) => {
    await workflow(req.scope).run({
      input: {
        service_order_id: req.params.id,
        valid_until: req.validatedBody.valid_until,
        actor: { type: "user", id: req.auth_context.actor_id },
        additional_data: req.validatedBody.additional_data,
      },
    })
    res.json(await serviceEstimateResponse(req, req.params.id))
  }
