import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import {
  clearDefaultServiceLevelAgreementStep,
  createServiceLevelAgreementsStep,
  createSlaCustomerGroupsStep,
  deleteServiceLevelAgreementsStep,
  deleteSlaCustomerGroupsStep,
  ServiceLevelAgreementInput,
  updateServiceLevelAgreementsStep,
} from "./steps/sla-steps"
import { validateSlaChangesStep } from "./steps/validate-sla-changes"
import { validateSlasDeletableStep } from "./steps/validate-slas-deletable"
import { defineDeleteWorkflow } from "../common/define-delete-workflow"

const slaChanged = (ids: string[]) => ids.map((id) => ({ id }))

export const createServiceLevelAgreementsWorkflowId = "create-service-level-agreements"
/** Adds SLAs with their calendars and customer groups. Hooks: `validate`, `serviceLevelAgreementsCreated`. */
export const createServiceLevelAgreementsWorkflow = createWorkflow(
  createServiceLevelAgreementsWorkflowId,
  (input: { service_level_agreements: ServiceLevelAgreementInput[] }) => {
    const checked = validateSlaChangesStep({ create: input.service_level_agreements })
    const validate = createHook("validate", { input })
    when("sla-default-to-clear-on-create", { checked }, ({ checked }) => checked.clear_default.length > 0).then(() => {
      clearDefaultServiceLevelAgreementStep(checked.clear_default)
    })
    const created = createServiceLevelAgreementsStep(checked.create)
    createSlaCustomerGroupsStep(
      transform({ created, checked }, ({ created, checked }) =>
        created.flatMap((sla, i) => checked.create_group_ids[i].map((customer_group_id) => ({ sla_id: sla.id, customer_group_id })))
      )
    )
    const serviceLevelAgreementsCreated = createHook("serviceLevelAgreementsCreated", { service_level_agreements: created })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_LEVEL_AGREEMENT_CHANGED,
      data: transform({ created }, ({ created }) => slaChanged(created.map((s) => s.id))),
    })
    return new WorkflowResponse(created, { hooks: [validate, serviceLevelAgreementsCreated] })
  }
)

export type UpdateServiceLevelAgreementWorkflowInput = { id: string } & Partial<Omit<ServiceLevelAgreementInput, "code">>

export const updateServiceLevelAgreementWorkflowId = "update-service-level-agreement"
/**
 * Changes an SLA's targets, calendar, default mark or customer groups. Orders keep the due
 * times they were given. Hooks: `validate`, `serviceLevelAgreementChanged`.
 */
export const updateServiceLevelAgreementWorkflow = createWorkflow(
  updateServiceLevelAgreementWorkflowId,
  (input: UpdateServiceLevelAgreementWorkflowInput) => {
    const checked = validateSlaChangesStep(transform({ input }, ({ input }) => ({ update: [input] })))
    const validate = createHook("validate", { input })
    when("sla-default-to-clear-on-update", { checked }, ({ checked }) => checked.clear_default.length > 0).then(() => {
      clearDefaultServiceLevelAgreementStep(checked.clear_default)
    })
    const updated = updateServiceLevelAgreementsStep(checked.update)
    deleteSlaCustomerGroupsStep(checked.groups_remove)
    createSlaCustomerGroupsStep(checked.groups_add)
    const sla = transform({ updated }, ({ updated }) => updated[0])
    const serviceLevelAgreementChanged = createHook("serviceLevelAgreementChanged", { service_level_agreement: sla })
    emitEventStep({ eventName: ServiceManagementEvents.SERVICE_LEVEL_AGREEMENT_CHANGED, data: { id: input.id } })
    return new WorkflowResponse(sla, { hooks: [validate, serviceLevelAgreementChanged] })
  }
)

export const deleteServiceLevelAgreementsWorkflowId = "delete-service-level-agreements"
/** Removes SLAs no open agreement uses; orders keep the SLA they were measured by. Hooks: `validate`, `serviceLevelAgreementsDeleted`. */
export const deleteServiceLevelAgreementsWorkflow = defineDeleteWorkflow(
  deleteServiceLevelAgreementsWorkflowId,
  "serviceLevelAgreementsDeleted",
  {
    remove: deleteServiceLevelAgreementsStep,
    deletable: validateSlasDeletableStep,
    event: { name: ServiceManagementEvents.SERVICE_LEVEL_AGREEMENT_CHANGED, data: slaChanged },
  }
)
