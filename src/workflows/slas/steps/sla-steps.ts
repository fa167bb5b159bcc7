import { ServiceLevelAgreementDTO, SlaCustomerGroupDTO } from "../../../modules/service-management"
import { defineCreateStep, defineSoftDeleteStep, defineUpdateStep } from "../../common/steps/entity-steps"

export type SlaCalendarInput = {
  timezone: string
  working_hours: Record<string, { start: string; end: string }[]>
  holidays?: { from: string; to?: string | null; name?: string | null }[]
}

export type ServiceLevelAgreementInput = SlaCalendarInput & {
  code: string
  name: string
  description?: string | null
  response_minutes: number
  resolution_minutes: number
  is_default?: boolean
  is_active?: boolean
  metadata?: Record<string, unknown> | null
  /** Customer groups this SLA serves; replaces the current set on update. */
  customer_group_ids?: string[]
}

export type ServiceLevelAgreementRow = Omit<ServiceLevelAgreementInput, "customer_group_ids">
export type SlaCustomerGroupRow = { sla_id: string; customer_group_id: string }

export const createServiceLevelAgreementsStepId = "create-service-level-agreements"
/** Creates SLAs; compensation deletes them. */
export const createServiceLevelAgreementsStep = defineCreateStep<ServiceLevelAgreementRow, ServiceLevelAgreementDTO>(
  createServiceLevelAgreementsStepId,
  "ServiceLevelAgreements"
)

export const updateServiceLevelAgreementsStepId = "update-service-level-agreements"
/** Updates SLAs; compensation restores the changed fields. */
export const updateServiceLevelAgreementsStep = defineUpdateStep<
  { id: string } & Partial<ServiceLevelAgreementRow>,
  ServiceLevelAgreementDTO
>(updateServiceLevelAgreementsStepId, "ServiceLevelAgreements")

export const clearDefaultServiceLevelAgreementStepId = "clear-default-service-level-agreement"
/**
 * Takes the default mark off the SLA that has it, before another SLA takes it (Postgres allows
 * one default); compensation gives it back.
 */
export const clearDefaultServiceLevelAgreementStep = defineUpdateStep<{ id: string; is_default: false }, ServiceLevelAgreementDTO>(
  clearDefaultServiceLevelAgreementStepId,
  "ServiceLevelAgreements"
)

export const deleteServiceLevelAgreementsStepId = "delete-service-level-agreements"
/** Soft-deletes SLAs (and their group assignments); compensation restores them. Orders keep their SLA id. */
export const deleteServiceLevelAgreementsStep = defineSoftDeleteStep(deleteServiceLevelAgreementsStepId, "ServiceLevelAgreements")

export const createSlaCustomerGroupsStepId = "create-sla-customer-groups"
/** Assigns customer groups to SLAs; compensation deletes the assignments. */
export const createSlaCustomerGroupsStep = defineCreateStep<SlaCustomerGroupRow, SlaCustomerGroupDTO>(
  createSlaCustomerGroupsStepId,
  "SlaCustomerGroups"
)

export const deleteSlaCustomerGroupsStepId = "delete-sla-customer-groups"
/** Removes customer group assignments; compensation restores them. */
export const deleteSlaCustomerGroupsStep = defineSoftDeleteStep(deleteSlaCustomerGroupsStepId, "SlaCustomerGroups")
