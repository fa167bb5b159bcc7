import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelServiceOrderByCustomerWorkflow } from "../../../../../workflows/service-requests/cancel-service-order-by-customer"
import { listCustomerServiceOrders } from "../../customer-view"
import { StoreCancelServiceOrder } from "../../validators"

/** Cancels the customer's own order while its stage allows it; answers the order's customer view. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCancelServiceOrder>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  await cancelServiceOrderByCustomerWorkflow(req.scope).run({
    input: { service_order_id: req.params.id, customer_id: customerId, note: req.validatedBody.note ?? null },
  })
  const { rows } = await listCustomerServiceOrders(req, { id: req.params.id }, { paged: false, timeline: true })
  res.json({ service_order: rows[0] })
}
