import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listEntities } from "../../utils/respond"
import { StoreGetServiceObjectsParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<StoreGetServiceObjectsParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listEntities(req, "service_object", {
    ...req.filterableFields,
    customer_id: req.auth_context.actor_id,
  })
  res.json({ service_objects: rows, ...page })
}
