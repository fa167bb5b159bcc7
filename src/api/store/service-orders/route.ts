import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serviceOrderFilters } from "../../admin/service-orders/helpers"
import { listEntities } from "../../utils/respond"
import { StoreGetServiceOrdersParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<StoreGetServiceOrdersParams>, res: MedusaResponse) => {
  const { rows, count, offset, limit } = await listEntities(req, "service_order", {
    ...serviceOrderFilters(req.filterableFields),
    customer_id: req.auth_context.actor_id,
  })
  res.json({ service_orders: rows, count, offset, limit })
}
