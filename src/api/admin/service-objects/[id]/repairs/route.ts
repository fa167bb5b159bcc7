import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listEntities, retrieveEntity } from "../../../../utils/respond"
import { AdminGetRepairLinesParams } from "../../../service-orders/[id]/repair-lines/validators"

/** The object's repair history across service orders, newest first by default. */
export const GET = async (req: AuthenticatedMedusaRequest<AdminGetRepairLinesParams>, res: MedusaResponse) => {
  await retrieveEntity(req, "service_object", { id: req.params.id }, "Service object", ["id"])
  const { rows, ...page } = await listEntities(req, "service_repair_line", {
    ...req.filterableFields,
    service_object_id: req.params.id,
  })
  res.json({ repair_lines: rows, ...page })
}
