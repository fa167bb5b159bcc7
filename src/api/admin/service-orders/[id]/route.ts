import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateServiceOrderWorkflow } from "../../../../workflows/service-orders/update-service-order"
import { refetchServiceOrder } from "../helpers"
import { AdminUpdateServiceOrder } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ service_order: await refetchServiceOrder(req, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateServiceOrder>, res: MedusaResponse) => {
  await updateServiceOrderWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ service_order: await refetchServiceOrder(req, req.params.id) })
}
