import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveEntity } from "../../../utils/respond"
import { storeServiceReturnFields } from "../query-config"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  // Only the customer-safe fields, whatever was asked; another customer's return is "not found".
  const fields = req.queryConfig.fields.filter((f) => storeServiceReturnFields.includes(f))
  const serviceReturn = await retrieveEntity(
    req,
    "service_return",
    { id: req.params.id, customer_id: req.auth_context.actor_id },
    "Service return",
    fields.length ? fields : storeServiceReturnFields
  )
  res.json({ service_return: serviceReturn })
}
