import { MedusaRequest } from "@medusajs/framework/http"
import { retrieveEntity } from "../../../../utils/respond"

/** Re-reads a repair line of an order; a line of another order answers 404 like a missing one. */
export const refetchRepairLine = (req: MedusaRequest, orderId: string, id: string) =>
  retrieveEntity(req, "service_repair_line", { id, service_order_id: orderId }, "Repair line")
