import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { withoutAdditionalData } from "../common/utils/without-additional-data"
import { ServiceAgreementHeaderInput, updateServiceAgreementsStep, deleteServiceAgreementsStep } from "./steps/agreement-steps"
import { loadAgreementForChangeStep } from "./steps/load-agreement-for-change"

export type UpdateServiceAgreementWorkflowInput = { id: string } & Partial<ServiceAgreementHeaderInput> & AdditionalData

export const updateServiceAgreementWorkflowId = "update-service-agreement"
/**
 * Changes an agreement's header. Name, description, end, group and SLA may change while it is
 * draft, active or suspended; customer, currency, start and the template flag only in draft.
 * Hooks: `validate`, `serviceAgreementChanged`. Event: `service_agreement.updated`.
 */
export const updateServiceAgreementWorkflow = createWorkflow(
  updateServiceAgreementWorkflowId,
  (input: UpdateServiceAgreementWorkflowInput) => {
    const row = transform({ input }, ({ input }) => withoutAdditionalData(input))
    loadAgreementForChangeStep(transform({ row }, ({ row }) => ({ agreement_id: row.id, update: row })))
    const validate = createHook("validate", { input })
    const updated = updateServiceAgreementsStep(transform({ row }, ({ row }) => [row]))
    const agreement = transform({ updated }, ({ updated }) => updated[0])
    const serviceAgreementChanged = createHook("serviceAgreementChanged", {
      service_agreement: agreement,
      additional_data: input.additional_data,
    })
    emitEventStep({ eventName: ServiceManagementEvents.SERVICE_AGREEMENT_UPDATED, data: { id: input.id } })
    return new WorkflowResponse(agreement, { hooks: [validate, serviceAgreementChanged] })
  }
)

export const deleteServiceAgreementWorkflowId = "delete-service-agreement"
/** Deletes a draft agreement or a template with its lines. Hooks: `validate`, `serviceAgreementDeleted`. */
export const deleteServiceAgreementWorkflow = createWorkflow(
  deleteServiceAgreementWorkflowId,
  (input: { id: string }) => {
    loadAgreementForChangeStep({ agreement_id: input.id, delete: true })
    const validate = createHook("validate", { input })
    const deleted = deleteServiceAgreementsStep(transform({ input }, ({ input }) => [input.id]))
    const serviceAgreementDeleted = createHook("serviceAgreementDeleted", { ids: deleted })
    emitEventStep({ eventName: ServiceManagementEvents.SERVICE_AGREEMENT_DELETED, data: { id: input.id } })
    return new WorkflowResponse(deleted, { hooks: [validate, serviceAgreementDeleted] })
  }
)
