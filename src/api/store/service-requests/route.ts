import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceRequestWorkflow } from "../../../workflows/service-requests/create-service-request"
import { listCustomerServiceOrders } from "../service-orders/customer-view"
import { StoreCreateServiceRequest } from "./validators"

/** Requests service; answers the new order's customer view (stage, SLA due times, …). */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateServiceRequest>, res: MedusaResponse) => {
  const { result } = await createServiceRequestWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  const { rows } = await listCustomerServiceOrders(req, { id: result.id }, { paged: false, timeline: true })
  res.status(201).json({ service_order: rows[0] })
}
