import { MedusaRequest } from "@medusajs/framework/http"
import { withAgreementPreview } from "../../../modules/service-management/utils/views/agreement-preview"
import { changeServiceAgreementStatusWorkflow } from "../../../workflows/service-agreements/change-service-agreement-status"
import { retrieveEntity } from "../../utils/respond"
import { statusActionRoute } from "../../utils/status-action-route"
import { AdminServiceAgreementAction } from "./validators"
import { ServiceAgreementAction } from "../../../types/enums"

/** Re-reads an agreement with the fields the request asked for, plus the preview. */
export const refetchServiceAgreement = async (req: MedusaRequest, id: string) =>
  withAgreementPreview(await retrieveEntity(req, "service_agreement", { id }, "Service agreement"))

/** `POST …/:id/<action>` `{ from_status? }` of an agreement. */
export const agreementActionRoute = (action: ServiceAgreementAction) =>
  statusActionRoute<AdminServiceAgreementAction>({
    entity: "service_agreement",
    single: "service_agreement",
    label: "Service agreement",
    refetch: refetchServiceAgreement,
    run: (req, id) =>
      changeServiceAgreementStatusWorkflow(req.scope).run({
        input: { id, action, from_status: req.validatedBody.from_status, actor: { type: "user", id: req.auth_context.actor_id } },
      }),
  })
