import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceOrderWorkflow } from "../../../workflows/service-orders/create-service-order"
import { listEntities } from "../../utils/respond"
import { serviceOrderScopeFilter } from "../../utils/service-order-scope"
import { refetchServiceOrder, serviceOrderFilters } from "./helpers"
import { AdminCreateServiceOrder, AdminGetServiceOrdersParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetServiceOrdersParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listEntities(
    req,
    "service_order",
    // Technicians and consultants list only the orders assigned to them.
    { ...(await serviceOrderFilters(req, req.filterableFields)), ...serviceOrderScopeFilter(req) }
  )
  res.json({ service_orders: rows, ...page })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateServiceOrder>, res: MedusaResponse) => {
  const { result } = await createServiceOrderWorkflow(req.scope).run({
    input: { ...req.validatedBody, channel: "admin", actor: { type: "user", id: req.auth_context.actor_id } },
  })
  res.status(200).json({ service_order: await refetchServiceOrder(req, result.id) })
}
