import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { postServiceOrderWorkflow } from "../../../../../workflows/posting/post-service-order"
import { refetchServiceOrder } from "../../helpers"
import { AdminPostServiceOrder } from "../../validators"

/** Posts the order: creates its Medusa order (once) and makes it read-only. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPostServiceOrder>, res: MedusaResponse) => {
  await postServiceOrderWorkflow(req.scope).run({
    input: {
      service_order_id: req.params.id,
      actor: { type: "user", id: req.auth_context.actor_id },
      additional_data: req.validatedBody.additional_data,
    },
  })
  res.json({ service_order: await refetchServiceOrder(req, req.params.id) })
}
