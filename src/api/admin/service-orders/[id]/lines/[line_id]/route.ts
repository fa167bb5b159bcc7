import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteServiceOrderLinesWorkflow } from "../../../../../../workflows/service-orders/delete-service-order-lines"
import { updateServiceOrderLineWorkflow } from "../../../../../../workflows/service-orders/update-service-order-line"
import { answerFields, answerServiceOrder } from "../../../helpers"
import { AdminUpdateServiceOrderLine } from "../../../validators"

// Both answer the order as changed, from what the workflow read and wrote.

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateServiceOrderLine>, res: MedusaResponse) => {
  const { result } = await updateServiceOrderLineWorkflow(req.scope).run({
    input: { service_order_id: req.params.id, line_id: req.params.line_id, update: req.validatedBody, answer_fields: answerFields(req) },
  })
  res.json({ service_order: await answerServiceOrder(req, req.params.id, result.service_order) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await deleteServiceOrderLinesWorkflow(req.scope).run({
    input: { service_order_id: req.params.id, line_ids: [req.params.line_id], answer_fields: answerFields(req) },
  })
  res.json({
    id: req.params.line_id,
    object: "service_order_line",
    deleted: true,
    parent: await answerServiceOrder(req, req.params.id, result.service_order),
  })
}
