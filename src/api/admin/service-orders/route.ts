import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceOrderWorkflow } from "../../../workflows/service-orders/create-service-order"
import { keysetAfter } from "../../utils/keyset"
import { listEntities } from "../../utils/respond"
import { serviceOrderScopeFilter } from "../../utils/service-order-scope"
import { refetchServiceOrder, serviceOrderFilters } from "./helpers"
import { AdminCreateServiceOrder, AdminGetServiceOrdersParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetServiceOrdersParams>, res: MedusaResponse) => {
  const { after, ...params } = req.filterableFields as Record<string, unknown> & { after?: number }
  const { rows, ...page } = await listEntities(
    req,
    "service_order",
    // Technicians and consultants list only the orders assigned to them.
    { ...(await serviceOrderFilters(req, params)), ...serviceOrderScopeFilter(req) },
    after === undefined ? undefined : keysetAfter(req, "display_id", after)
  )
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
