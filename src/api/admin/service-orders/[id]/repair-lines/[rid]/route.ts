import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteRepairLineWorkflow, updateRepairLineWorkflow } from "../../../../../../workflows/repairs/repair-lines"
import { readRepairLine } from "../helpers"
import { AdminUpdateRepairLine } from "../validators"
import { withRepairLineActions } from "../../../../../utils/allowed-actions"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const line = await readRepairLine(req, req.params.id, req.params.rid)
  const [repair_line] = await withRepairLineActions(req, req.params.id, [line])
  res.json({ repair_line })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateRepairLine>, res: MedusaResponse) => {
  await updateRepairLineWorkflow(req.scope).run({
    input: {
      service_order_id: req.params.id,
      line_id: req.params.rid,
      update: req.validatedBody,
      actor_id: req.auth_context?.actor_id,
    },
  })
  res.json({ repair_line: await readRepairLine(req, req.params.id, req.params.rid) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteRepairLineWorkflow(req.scope).run({ input: { service_order_id: req.params.id, line_id: req.params.rid } })
  res.json({ id: req.params.rid, object: "repair_line", deleted: true })
}
