import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteStageReasonsWorkflow,
  updateStageReasonsWorkflow,
} from "../../../../../../workflows/service-stages/stage-reasons"
import { assertReasonOfStage, refetchServiceStage } from "../../../helpers"
import { AdminUpdateStageReason } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateStageReason>, res: MedusaResponse) => {
  await assertReasonOfStage(req, req.params.id, req.params.reason_id)
  await updateStageReasonsWorkflow(req.scope).run({
    input: { reasons: [{ ...req.validatedBody, id: req.params.reason_id }] },
  })
  res.json({ service_stage: await refetchServiceStage(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertReasonOfStage(req, req.params.id, req.params.reason_id)
  await deleteStageReasonsWorkflow(req.scope).run({ input: { ids: [req.params.reason_id] } })
  res.json({
    id: req.params.reason_id,
    object: "stage_reason",
    deleted: true,
    parent: await refetchServiceStage(req, req.params.id),
  })
}
