import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteServiceLevelAgreementsWorkflow,
  updateServiceLevelAgreementWorkflow,
} from "../../../../workflows/slas/service-level-agreements"
import { retrieveEntity } from "../../../utils/respond"
import { AdminUpdateServiceLevelAgreement } from "../validators"

const refetch = (req: AuthenticatedMedusaRequest<any>, fields?: string[]) =>
  retrieveEntity(req, "service_level_agreement", { id: req.params.id }, "Service level agreement", fields)

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ service_level_agreement: await refetch(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateServiceLevelAgreement>, res: MedusaResponse) => {
  await updateServiceLevelAgreementWorkflow(req.scope).run({ input: { ...(req.validatedBody as any), id: req.params.id } })
  res.json({ service_level_agreement: await refetch(req) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteServiceLevelAgreementsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "service_level_agreement", deleted: true })
}
