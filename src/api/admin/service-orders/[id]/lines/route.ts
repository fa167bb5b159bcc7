import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addServiceOrderLinesWorkflow } from "../../../../../workflows/service-orders/add-service-order-lines"
import { answerFields, answerServiceOrder } from "../../helpers"
import { AdminAddServiceOrderLines } from "../../validators"

/** Answers the order with its new lines, from what the workflow read and wrote. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAddServiceOrderLines>, res: MedusaResponse) => {
  const { result } = await addServiceOrderLinesWorkflow(req.scope).run({
    input: { service_order_id: req.params.id, lines: req.validatedBody.lines, answer_fields: answerFields(req) },
  })
  res.json({ service_order: await answerServiceOrder(req, req.params.id, result.service_order) })
}
