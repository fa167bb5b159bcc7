import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateAgreementOrders } from "../../../../../workflows/service-agreements/generate-agreement-orders"
import { GeneratedServiceOrder } from "../../../../../workflows/service-agreements/steps/write-generated-orders"
import { AdminGenerateServiceAgreementOrders } from "../../validators"

/** Generates the agreement's orders for occurrences due up to `until`; running it again creates nothing new. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminGenerateServiceAgreementOrders>, res: MedusaResponse) => {
  const service_orders: GeneratedServiceOrder[] = []
  await generateAgreementOrders(
    req.scope,
    { agreement_id: req.params.id, until: req.validatedBody.until, actor: { type: "user", id: req.auth_context.actor_id } },
    (orders) => {
      service_orders.push(...orders)
    }
  )
  res.json({ service_orders, count: service_orders.length })
}
