import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assertPrecondition } from "../../../modules/service-management/utils/conflicts"
import { planAgreementMove, withTypedSuspensions } from "../../../modules/service-management/utils/agreement-status"
import { loadAgreementWithLines } from "./validate-agreement-refs"
import { ServiceAgreementAction } from "../../../types/enums"

export type PlanAgreementStatusChangeInput = { agreement_id: string; action: ServiceAgreementAction; from_status?: string }

export const planAgreementStatusChangeStepId = "plan-agreement-status-change"
/**
 * Checks the caller's precondition (409 naming the status now) and the allowed moves of a
 * requested status change (activation needs lines), and returns what to write.
 */
export const planAgreementStatusChangeStep = createStep(
  planAgreementStatusChangeStepId,
  async (input: PlanAgreementStatusChangeInput, { container }) => {
    const agreement = await loadAgreementWithLines(container, input.agreement_id)
    assertPrecondition({ subject: `Service agreement ${agreement.number}`, current: agreement.status, expected: input.from_status })
    const move = planAgreementMove(withTypedSuspensions(agreement), input.action, { lineCount: agreement.lines.length, now: new Date() })
    // What to write back if a later step fails.
    const previous = Object.fromEntries(Object.keys(move.set).map((k) => [k, (agreement as Record<string, unknown>)[k] ?? null]))
    return new StepResponse({ agreement, move: { id: agreement.id, ...move }, previous })
  }
)

export const moveAgreementStatusStepId = "move-agreement-status"
/** Changes the status if nobody changed it meanwhile (else 409); compensation moves it back. */
export const moveAgreementStatusStep = createStep(
  moveAgreementStatusStepId,
  async (
    input: { id: string; from: string; to: string; set: Record<string, unknown>; previous: Record<string, unknown> },
    { container }
  ) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    await service.moveServiceAgreementStatus({ id: input.id, from: input.from, to: input.to, set: input.set })
    return new StepResponse(input, input)
  },
  async (input, { container }) => {
    if (!input) {
      return
    }
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    await service.moveServiceAgreementStatus({ id: input.id, from: input.to, to: input.from, set: input.previous })
  }
)
