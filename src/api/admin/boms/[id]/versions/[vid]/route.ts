import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBomVersionWorkflow, updateBomVersionWorkflow } from "../../../../../../workflows/boms/bom-versions"
import { refetchBomVersion } from "../../../helpers"
import { AdminUpdateBomVersion } from "../../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ bom_version: await refetchBomVersion(req, req.params.id, req.params.vid) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBomVersion>, res: MedusaResponse) => {
  await updateBomVersionWorkflow(req.scope).run({
    input: { bom_id: req.params.id, version_id: req.params.vid, update: req.validatedBody },
  })
  res.json({ bom_version: await refetchBomVersion(req, req.params.id, req.params.vid) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteBomVersionWorkflow(req.scope).run({ input: { bom_id: req.params.id, version_id: req.params.vid } })
  res.json({ id: req.params.vid, object: "bom_version", deleted: true })
}
