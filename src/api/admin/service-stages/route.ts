import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceStagesWorkflow } from "../../../workflows/service-stages/create-service-stages"
import { listEntities } from "../../utils/respond"
import { refetchServiceStage } from "./helpers"
import { AdminCreateServiceStage, AdminGetServiceStagesParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetServiceStagesParams>, res: MedusaResponse) => {
  const { rows, count, offset, limit } = await listEntities(req, "service_stage", req.filterableFields)
  res.json({ service_stages: rows, count, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateServiceStage>, res: MedusaResponse) => {
  const { result } = await createServiceStagesWorkflow(req.scope).run({ input: { stages: [req.validatedBody] } })
  res.json({ service_stage: await refetchServiceStage(req, result[0].id) })
}
