import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addBomComponentsWorkflow } from "../../../../../../../workflows/boms/bom-components"
import { refetchBomVersion } from "../../../../helpers"
import { AdminAddBomComponents } from "../../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminAddBomComponents>, res: MedusaResponse) => {
  await addBomComponentsWorkflow(req.scope).run({
    input: { bom_id: req.params.id, version_id: req.params.vid, components: req.validatedBody.components },
  })
  res.json({ bom_version: await refetchBomVersion(req, req.params.id, req.params.vid) })
}
