import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceOrderWorkflow } from "../../../workflows/service-orders/create-service-order"
import { answerServiceOrder } from "./helpers"
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
  // The workflow answers the order as a read would (every column, what it names), so the detail
  // fields need no second read.
  res.status(200).json({ service_order: await answerServiceOrder(req, result.id, result) })
}
