import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionServiceOrderWorkflow } from "../../../../../workflows/service-orders/transition-service-order"
import { refetchServiceOrder } from "../../helpers"
import { AdminTransitionServiceOrder } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminTransitionServiceOrder>, res: MedusaResponse) => {
  await transitionServiceOrderWorkflow(req.scope).run({
    input: {
      service_order_id: req.params.id,
      ...req.validatedBody,
      actor: { type: "user", id: req.auth_context.actor_id },
    },
  })
  res.json({ service_order: await refetchServiceOrder(req, req.params.id) })
}
