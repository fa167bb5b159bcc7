import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteServiceOrderLinesWorkflow } from "../../../../../../workflows/service-orders/delete-service-order-lines"
import { updateServiceOrderLineWorkflow } from "../../../../../../workflows/service-orders/update-service-order-line"
import { refetchServiceOrder } from "../../../helpers"
import { AdminUpdateServiceOrderLine } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateServiceOrderLine>, res: MedusaResponse) => {
  await updateServiceOrderLineWorkflow(req.scope).run({
    input: { service_order_id: req.params.id, line_id: req.params.line_id, update: req.validatedBody },
  })
  res.json({ service_order: await refetchServiceOrder(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteServiceOrderLinesWorkflow(req.scope).run({
    input: { service_order_id: req.params.id, line_ids: [req.params.line_id] },
  })
  res.json({
    id: req.params.line_id,
    object: "service_order_line",
    deleted: true,
    parent: await refetchServiceOrder(req, req.params.id),
  })
}
