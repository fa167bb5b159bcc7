import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteServiceAgreementWorkflow,
  updateServiceAgreementWorkflow,
} from "../../../../workflows/service-agreements/update-service-agreement"
import { refetchServiceAgreement } from "../helpers"
import { AdminUpdateServiceAgreement } from "../validators"
import { withServiceAgreementActions } from "../../../utils/allowed-actions"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const agreement = await refetchServiceAgreement(req, req.params.id)
  res.json({ service_agreement: await withServiceAgreementActions(req, req.params.id, agreement) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateServiceAgreement>, res: MedusaResponse) => {
  await updateServiceAgreementWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ service_agreement: await refetchServiceAgreement(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteServiceAgreementWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "service_agreement", deleted: true })
}
