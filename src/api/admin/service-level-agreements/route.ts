import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceLevelAgreementsWorkflow } from "../../../workflows/slas/service-level-agreements"
import { listEntities, retrieveEntity } from "../../utils/respond"
import { AdminCreateServiceLevelAgreement, AdminGetServiceLevelAgreementsParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetServiceLevelAgreementsParams>, res: MedusaResponse) => {
  const { rows, count, offset, limit } = await listEntities(req, "service_level_agreement", req.filterableFields)
  res.json({ service_level_agreements: rows, count, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateServiceLevelAgreement>, res: MedusaResponse) => {
  const { result } = await createServiceLevelAgreementsWorkflow(req.scope).run({
    input: { service_level_agreements: [req.validatedBody as any] },
  })
  res.json({
    service_level_agreement: await retrieveEntity(req, "service_level_agreement", { id: result[0].id }, "Service level agreement"),
  })
}
