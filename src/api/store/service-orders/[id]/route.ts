import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveEntity } from "../../../utils/respond"

// Filtering by the customer makes another customer's order answer exactly like a missing one.
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service_order = await retrieveEntity(
    req,
    "service_order",
    { id: req.params.id, customer_id: req.auth_context.actor_id },
    "Service order"
  )
  res.json({ service_order })
}
