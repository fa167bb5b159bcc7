import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateServiceOrderWorkflow } from "../../../../workflows/service-orders/update-service-order"
import { refetchServiceOrder } from "../helpers"
import { AdminUpdateServiceOrder } from "../validators"
import { withServiceOrderActions } from "../../../utils/allowed-actions"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await refetchServiceOrder(req, req.params.id)
  res.json({ service_order: await withServiceOrderActions(req, req.params.id, order) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateServiceOrder>, res: MedusaResponse) => {
  await updateServiceOrderWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ service_order: await refetchServiceOrder(req, req.params.id) })
}
