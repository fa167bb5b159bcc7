import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addServiceAgreementLinesWorkflow } from "../../../../../workflows/service-agreements/agreement-lines"
import { refetchServiceAgreement } from "../../helpers"
import { AdminAddServiceAgreementLines } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminAddServiceAgreementLines>, res: MedusaResponse) => {
  await addServiceAgreementLinesWorkflow(req.scope).run({
    input: { agreement_id: req.params.id, lines: req.validatedBody.lines },
  })
  res.json({ service_agreement: await refetchServiceAgreement(req, req.params.id) })
}
