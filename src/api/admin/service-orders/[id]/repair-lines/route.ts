import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addRepairLineWorkflow } from "../../../../../workflows/repairs/repair-lines"
import { listEntities, retrieveEntity } from "../../../../utils/respond"
import { readRepairLine } from "./helpers"
import { AdminCreateRepairLine, AdminGetRepairLinesParams } from "./validators"
import { withRepairLineActions } from "../../../../utils/allowed-actions"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetRepairLinesParams>, res: MedusaResponse) => {
  await retrieveEntity(req, "service_order", { id: req.params.id }, "Service order", ["id"])
  const { rows, ...page } = await listEntities(req, "service_repair_line", {
    ...req.filterableFields,
    service_order_id: req.params.id,
  })
  res.json({ repair_lines: await withRepairLineActions(req, req.params.id, rows), ...page })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateRepairLine>, res: MedusaResponse) => {
  const { result } = await addRepairLineWorkflow(req.scope).run({
    input: { service_order_id: req.params.id, repair_line: req.validatedBody, actor_id: req.auth_context?.actor_id },
  })
  res.json({ repair_line: await readRepairLine(req, req.params.id, result.id) })
}
