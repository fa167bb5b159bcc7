import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteServiceAgreementLinesWorkflow,
  updateServiceAgreementLineWorkflow,
} from "../../../../../../workflows/service-agreements/agreement-lines"
import { refetchServiceAgreement } from "../../../helpers"
import { AdminUpdateServiceAgreementLine } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateServiceAgreementLine>, res: MedusaResponse) => {
  await updateServiceAgreementLineWorkflow(req.scope).run({
    input: { agreement_id: req.params.id, line_id: req.params.line_id, update: req.validatedBody },
  })
  res.json({ service_agreement: await refetchServiceAgreement(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteServiceAgreementLinesWorkflow(req.scope).run({
    input: { agreement_id: req.params.id, line_ids: [req.params.line_id] },
  })
  res.json({
    id: req.params.line_id,
    object: "service_agreement_line",
    deleted: true,
    parent: await refetchServiceAgreement(req, req.params.id),
  })
}
