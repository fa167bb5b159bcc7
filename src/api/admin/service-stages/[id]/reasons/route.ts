import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createStageReasonsWorkflow } from "../../../../../workflows/service-stages/stage-reasons"
import { refetchServiceStage } from "../../helpers"
import { AdminCreateStageReason } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateStageReason>, res: MedusaResponse) => {
  await refetchServiceStage(req, req.params.id)
  await createStageReasonsWorkflow(req.scope).run({
    input: { reasons: [{ ...req.validatedBody, stage_id: req.params.id }] },
  })
  res.json({ service_stage: await refetchServiceStage(req, req.params.id) })
}
