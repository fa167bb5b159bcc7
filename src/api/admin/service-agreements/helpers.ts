import { MedusaRequest } from "@medusajs/framework/http"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { withAgreementPreview } from "../../../modules/service-management/utils/views/agreement-preview"
import { changeServiceAgreementStatusWorkflow } from "../../../workflows/service-agreements/change-service-agreement-status"
import { retrieveEntity } from "../../utils/respond"
import { statusActionRoute } from "../../utils/status-action-route"
import { AdminServiceAgreementAction } from "./validators"
import { ServiceAgreementAction } from "../../../types/enums"

/** Re-reads an agreement with the fields the request asked for, plus the preview and the allowance balances. */
export const refetchServiceAgreement = async (req: MedusaRequest, id: string) =>
  withAllowanceBalances(req, withAgreementPreview(await retrieveEntity(req, "service_agreement", { id }, "Service agreement")))

/** Adds `allowance_balance` (this period's, or null) to each line read that has an allowance: one read for all lines. */
async function withAllowanceBalances<T extends { lines?: unknown }>(req: MedusaRequest, agreement: T) {
  if (!Array.isArray(agreement.lines)) {
    return agreement
  }
  const lines = agreement.lines as { id: string; allowance_quantity?: number | null }[]
  const ids = lines.filter((l) => l.allowance_quantity != null).map((l) => l.id)
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const balances = await service.listAllowanceBalances({ agreement_line_id: ids })
  return {
    ...agreement,
    lines: lines.map((l) => ({
      ...l,
      ...(l.allowance_quantity != null ? { allowance_balance: balances.find((b) => b.agreement_line_id === l.id) ?? null } : {}),
    })),
  }
}

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
