import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteServiceStagesWorkflow } from "../../../../workflows/service-stages/delete-service-stages"
import { updateServiceStageWorkflow } from "../../../../workflows/service-stages/update-service-stage"
import { refetchServiceStage } from "../helpers"
import { AdminUpdateServiceStage } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ service_stage: await refetchServiceStage(req, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateServiceStage>, res: MedusaResponse) => {
  await updateServiceStageWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ service_stage: await refetchServiceStage(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteServiceStagesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "service_stage", deleted: true })
}
