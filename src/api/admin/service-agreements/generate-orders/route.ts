import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateAgreementOrders } from "../../../../workflows/service-agreements/generate-agreement-orders"
import { AdminGenerateServiceAgreementOrders } from "../validators"

/** Generates orders of every active agreement for occurrences due up to `until` (what the daily job does). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminGenerateServiceAgreementOrders>, res: MedusaResponse) => {
  const summary = await generateAgreementOrders(req.scope, {
    until: req.validatedBody.until,
    actor: { type: "user", id: req.auth_context.actor_id },
  })
  res.json({ ...summary, count: summary.service_orders.length })
}
