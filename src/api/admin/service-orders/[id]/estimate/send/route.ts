import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendServiceEstimateWorkflow } from "../../../../../../workflows/estimates/send-service-estimate"
import { serviceEstimateResponse } from "../helpers"
import { AdminSendServiceEstimate } from "../validators"

/** Sends the draft estimate to the customer (the SLA clock pauses until they answer). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSendServiceEstimate>, res: MedusaResponse) => {
  await sendServiceEstimateWorkflow(req.scope).run({
    input: {
      service_order_id: req.params.id,
      valid_until: req.validatedBody.valid_until,
      actor: { type: "user", id: req.auth_context.actor_id },
      additional_data: req.validatedBody.additional_data,
    },
  })
  res.json(await serviceEstimateResponse(req, req.params.id))
}
