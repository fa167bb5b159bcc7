import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceAgreementWorkflow } from "../../../workflows/service-agreements/create-service-agreement"
import { listEntities } from "../../utils/respond"
import { AgreementLike, nextOccurrence } from "../../../modules/service-management/utils/views/agreement-preview"
import { refetchServiceAgreement } from "./helpers"
import { AdminCreateServiceAgreement, AdminGetServiceAgreementsParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetServiceAgreementsParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listEntities(req, "service_agreement", req.filterableFields)
  // With the lines' fields requested (`fields=+lines.recurrence,…`), each row also tells its next due date.
  const now = new Date()
  const withNext = rows.map((row: AgreementLike) => (Array.isArray(row.lines) ? { ...row, next_occurrence: nextOccurrence(row, now) } : row))
  res.json({ service_agreements: withNext, ...page })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateServiceAgreement>, res: MedusaResponse) => {
  const { result } = await createServiceAgreementWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: { type: "user", id: req.auth_context.actor_id } },
  })
  res.json({ service_agreement: await refetchServiceAgreement(req, result.id) })
}
