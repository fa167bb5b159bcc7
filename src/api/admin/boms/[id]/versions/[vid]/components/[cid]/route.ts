import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteBomComponentsWorkflow,
  updateBomComponentWorkflow,
} from "../../../../../../../../workflows/boms/bom-components"
import { refetchBomVersion } from "../../../../../helpers"
import { AdminUpdateBomComponent } from "../../../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBomComponent>, res: MedusaResponse) => {
  await updateBomComponentWorkflow(req.scope).run({
    input: { bom_id: req.params.id, version_id: req.params.vid, component_id: req.params.cid, update: req.validatedBody },
  })
  res.json({ bom_version: await refetchBomVersion(req, req.params.id, req.params.vid) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteBomComponentsWorkflow(req.scope).run({
    input: { bom_id: req.params.id, version_id: req.params.vid, component_ids: [req.params.cid] },
  })
  res.json({
    id: req.params.cid,
    object: "bom_component",
    deleted: true,
    parent: await refetchBomVersion(req, req.params.id, req.params.vid),
  })
}
