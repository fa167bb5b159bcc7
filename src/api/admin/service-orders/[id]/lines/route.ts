import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addServiceOrderLinesWorkflow } from "../../../../../workflows/service-orders/add-service-order-lines"
import { refetchServiceOrder } from "../../helpers"
import { AdminAddServiceOrderLines } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminAddServiceOrderLines>, res: MedusaResponse) => {
  await addServiceOrderLinesWorkflow(req.scope).run({
    input: { service_order_id: req.params.id, lines: req.validatedBody.lines },
  })
  res.json({ service_order: await refetchServiceOrder(req, req.params.id) })
}
