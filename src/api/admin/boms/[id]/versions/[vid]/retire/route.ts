import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retireBomVersionWorkflow } from "../../../../../../../workflows/boms/bom-versions"
import { refetchBomVersion } from "../../../../helpers"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retireBomVersionWorkflow(req.scope).run({ input: { bom_id: req.params.id, version_id: req.params.vid } })
  res.json({ bom_version: await refetchBomVersion(req, req.params.id, req.params.vid) })
}
