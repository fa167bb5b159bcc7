import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveBomVersionWorkflow } from "../../../../../../../workflows/boms/bom-versions"
import { refetchBomVersion } from "../../../../helpers"
import { AdminApproveBomVersion } from "../../../../validators"

/** Approves a draft; `{ supersede: true }` ends the current approved version where this one begins. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminApproveBomVersion>, res: MedusaResponse) => {
  await approveBomVersionWorkflow(req.scope).run({
    input: { bom_id: req.params.id, version_id: req.params.vid, actor_id: req.auth_context?.actor_id, supersede: req.validatedBody.supersede },
  })
  res.json({ bom_version: await refetchBomVersion(req, req.params.id, req.params.vid) })
}
