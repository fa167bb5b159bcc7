import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteRepairCodesWorkflow, updateRepairCodeWorkflow } from "../../../../workflows/repairs/repair-codes"
import { retrieveEntity } from "../../../utils/respond"
import { AdminUpdateRepairCode } from "../validators"

const refetch = (req: AuthenticatedMedusaRequest<any>, fields?: string[]) =>
  retrieveEntity(req, "service_repair_code", { id: req.params.id }, "Repair code", fields)

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ repair_code: await refetch(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateRepairCode>, res: MedusaResponse) => {
  await refetch(req, ["id"])
  await updateRepairCodeWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ repair_code: await refetch(req) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetch(req, ["id"])
  await deleteRepairCodesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "repair_code", deleted: true })
}
