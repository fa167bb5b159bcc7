import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveEntity } from "../../../utils/respond"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ subscription_billing_run: await retrieveEntity(req, "service_billing_run", { id: req.params.id }, "Billing run") })
}
