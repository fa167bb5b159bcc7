import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serviceOrderFilters } from "../../admin/service-orders/helpers"
import { listCustomerServiceOrders } from "./customer-view"
import { StoreGetServiceOrdersParams } from "./validators"

/** The customer's own service orders, customer-safe (see customer-view.ts). */
export const GET = async (req: AuthenticatedMedusaRequest<StoreGetServiceOrdersParams>, res: MedusaResponse) => {
  const { rows, metadata } = await listCustomerServiceOrders(req, await serviceOrderFilters(req, req.filterableFields), { paged: true })
  res.json({ service_orders: rows, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
