import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBomWorkflow, updateBomWorkflow } from "../../../../workflows/boms/boms"
import { refetchBom } from "../helpers"
import { AdminUpdateBom } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ bom: await refetchBom(req, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBom>, res: MedusaResponse) => {
  await updateBomWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ bom: await refetchBom(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteBomWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "bom", deleted: true })
}
