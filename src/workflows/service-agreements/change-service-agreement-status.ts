import { AdditionalData, MedusaContainer } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SERVICE_MANAGEMENT_MODULE } from "../../modules/service-management"
import ServiceManagementModuleService from "../../modules/service-management/service"
import { ServiceManagementEvents } from "../events"
import { ServiceActor } from "../types"
import { moveAgreementStatusStep, planAgreementStatusChangeStep } from "./steps/plan-agreement-status-change"
import { ServiceAgreementAction } from "../../types/enums"

export type ChangeServiceAgreementStatusWorkflowInput = {
  id: string
  action: ServiceAgreementAction
  /** The status the caller saw: another status now → 409 naming it (without it, the status read when planning). */
  from_status?: string
  actor?: ServiceActor
} & AdditionalData

const EVENTS: Record<ServiceAgreementAction, string> = {
  activate: ServiceManagementEvents.SERVICE_AGREEMENT_ACTIVATED,
  suspend: ServiceManagementEvents.SERVICE_AGREEMENT_SUSPENDED,
  resume: ServiceManagementEvents.SERVICE_AGREEMENT_RESUMED,
  cancel: ServiceManagementEvents.SERVICE_AGREEMENT_CANCELLED,
  expire: ServiceManagementEvents.SERVICE_AGREEMENT_EXPIRED,
}

export const changeServiceAgreementStatusWorkflowId = "change-service-agreement-status"
/**
 * Activates, suspends, resumes, cancels or expires an agreement under the allowed moves
 * (draft → active needs at least one line; suspended periods generate nothing), only from the
 * status the caller saw (`from_status`) and only if nobody moved it meanwhile (compare-and-set): 409 naming the status now.
 * Hooks: `validate`, `serviceAgreementStatusChanged`. Events: `service_agreement.activated`,
 * `.suspended`, `.resumed`, `.cancelled`, `.expired` with `{ id, number, customer_id, from_status, to_status }`.
 */
export const changeServiceAgreementStatusWorkflow = createWorkflow(
  changeServiceAgreementStatusWorkflowId,
  (input: ChangeServiceAgreementStatusWorkflowInput) => {
    const plan = planAgreementStatusChangeStep(
      transform({ input }, ({ input }) => ({ agreement_id: input.id, action: input.action, from_status: input.from_status }))
    )
    const validate = createHook("validate", { input, agreement: plan.agreement })
    moveAgreementStatusStep(transform({ plan }, ({ plan }) => ({ ...plan.move, previous: plan.previous })))
    const change = transform({ plan }, ({ plan }) => ({
      id: plan.agreement.id,
      number: plan.agreement.number,
      customer_id: plan.agreement.customer_id,
      from_status: plan.move.from,
      to_status: plan.move.to,
    }))
    const serviceAgreementStatusChanged = createHook("serviceAgreementStatusChanged", {
      change,
      action: input.action,
      actor: input.actor,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: transform({ input }, ({ input }) => EVENTS[input.action]),
      data: change,
    })
    return new WorkflowResponse(change, { hooks: [validate, serviceAgreementStatusChanged] })
  }
)

/**
 * Expires active and suspended agreements whose validity ended before `now` (the daily job
 * runs it after generating their last orders). Returns the ids it expired.
 */
export async function expireEndedAgreements(container: MedusaContainer, now: Date = new Date()): Promise<string[]> {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const ended = await service.listServiceAgreements(
    { status: ["active", "suspended"], is_template: false, valid_to: { $lt: now } },
    { select: ["id"], order: { id: "ASC" } }
  )
  const expired: string[] = []
  for (const { id } of ended) {
    const { errors } = await changeServiceAgreementStatusWorkflow(container).run({
      input: { id, action: "expire", actor: { type: "system" } },
      throwOnError: false,
    })
    if (!errors.length) {
      expired.push(id)
    }
  }
  return expired
}
