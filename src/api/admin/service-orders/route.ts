import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceOrderWorkflow } from "../../../workflows/service-orders/create-service-order"
import { refetchServiceOrder } from "./helpers"
import { listServiceOrders } from "./list"
import { AdminCreateServiceOrder, AdminGetServiceOrdersParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetServiceOrdersParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listServiceOrders(req)
  res.json({ service_orders: rows, ...page })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateServiceOrder>, res: MedusaResponse) => {
  const { result } = await createServiceOrderWorkflow(req.scope).run({
    input: { ...req.validatedBody, channel: "admin", actor: { type: "user", id: req.auth_context.actor_id } },
  })
  // Read back with the detail fields: the order as written lacks its unset columns (null) and the
  // agreement and SLA it names, which callers read from this answer.
  res.status(200).json({ service_order: await refetchServiceOrder(req, result.id) })
}
