import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import {
  createServiceAgreementLinesStep,
  deleteServiceAgreementLinesStep,
  ServiceAgreementLineInput,
  ServiceAgreementLineRow,
  updateServiceAgreementLinesStep,
} from "./steps/agreement-steps"
import { loadAgreementForChangeStep } from "./steps/load-agreement-for-change"
import { prepareAgreementLinesStep } from "./steps/prepare-agreement-lines"

const changed = (agreementId: string) => ({ id: agreementId })

export const addServiceAgreementLinesWorkflowId = "add-service-agreement-lines"
/** Adds lines to a draft, active or suspended agreement. Hooks: `validate`, `serviceAgreementLinesChanged`. */
export const addServiceAgreementLinesWorkflow = createWorkflow(
  addServiceAgreementLinesWorkflowId,
  (input: { agreement_id: string; lines: ServiceAgreementLineInput[] } & AdditionalData) => {
    const agreement = loadAgreementForChangeStep({ agreement_id: input.agreement_id })
    const rows = prepareAgreementLinesStep(
      transform({ agreement, input }, ({ agreement, input }) => ({ agreement, lines: input.lines }))
    )
    const validate = createHook("validate", { input })
    const lines = createServiceAgreementLinesStep(rows as ServiceAgreementLineRow[])
    const serviceAgreementLinesChanged = createHook("serviceAgreementLinesChanged", {
      agreement_id: input.agreement_id,
      lines,
      additional_data: input.additional_data,
    })
    emitEventStep({ eventName: ServiceManagementEvents.SERVICE_AGREEMENT_UPDATED, data: transform({ input }, ({ input }) => changed(input.agreement_id)) })
    return new WorkflowResponse(lines, { hooks: [validate, serviceAgreementLinesChanged] })
  }
)

export const updateServiceAgreementLineWorkflowId = "update-service-agreement-line"
/**
 * Changes one line. Occurrences already generated stay; later ones follow the new recurrence.
 * Hooks: `validate`, `serviceAgreementLinesChanged`.
 */
export const updateServiceAgreementLineWorkflow = createWorkflow(
  updateServiceAgreementLineWorkflowId,
  (input: {
    agreement_id: string
    line_id: string
    update: Partial<ServiceAgreementLineInput>
  } & AdditionalData) => {
    const agreement = loadAgreementForChangeStep(
      transform({ input }, ({ input }) => ({ agreement_id: input.agreement_id, line_ids: [input.line_id] }))
    )
    const rows = prepareAgreementLinesStep(
      transform({ agreement, input }, ({ agreement, input }) => ({
        agreement,
        lines: [{ ...input.update, id: input.line_id }],
        current: agreement.lines.map((l) => ({ ...l, quantity: Number(l.quantity) })),
      }))
    )
    const validate = createHook("validate", { input })
    const updated = updateServiceAgreementLinesStep(rows as ({ id: string } & Partial<ServiceAgreementLineInput>)[])
    const line = transform({ updated }, ({ updated }) => updated[0])
    const serviceAgreementLinesChanged = createHook("serviceAgreementLinesChanged", {
      agreement_id: input.agreement_id,
      lines: updated,
      additional_data: input.additional_data,
    })
    emitEventStep({ eventName: ServiceManagementEvents.SERVICE_AGREEMENT_UPDATED, data: transform({ input }, ({ input }) => changed(input.agreement_id)) })
    return new WorkflowResponse(line, { hooks: [validate, serviceAgreementLinesChanged] })
  }
)

export const deleteServiceAgreementLinesWorkflowId = "delete-service-agreement-lines"
/** Removes lines; orders they generated stay. Hooks: `validate`, `serviceAgreementLinesChanged`. */
export const deleteServiceAgreementLinesWorkflow = createWorkflow(
  deleteServiceAgreementLinesWorkflowId,
  (input: { agreement_id: string; line_ids: string[] }) => {
    loadAgreementForChangeStep(
      transform({ input }, ({ input }) => ({ agreement_id: input.agreement_id, line_ids: input.line_ids }))
    )
    const validate = createHook("validate", { input })
    const deleted = deleteServiceAgreementLinesStep(input.line_ids)
    const serviceAgreementLinesChanged = createHook("serviceAgreementLinesChanged", {
      agreement_id: input.agreement_id,
      deleted_line_ids: deleted,
    })
    emitEventStep({ eventName: ServiceManagementEvents.SERVICE_AGREEMENT_UPDATED, data: transform({ input }, ({ input }) => changed(input.agreement_id)) })
    return new WorkflowResponse(deleted, { hooks: [validate, serviceAgreementLinesChanged] })
  }
)
