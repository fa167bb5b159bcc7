import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listCustomerServiceOrders } from "../customer-view"

/** One of the customer's orders with its timeline; another customer's order answers like a missing one. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { rows } = await listCustomerServiceOrders(req, { id: req.params.id }, { paged: false, timeline: true })
  if (!rows[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service order with id: ${req.params.id} was not found`)
  }
  res.json({ service_order: rows[0] })
}
