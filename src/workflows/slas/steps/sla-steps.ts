import { ServiceLevelAgreementDTO, SlaCustomerGroupDTO } from "../../../modules/service-management"
import { defineEntitySteps, defineUpdateStep } from "../../common/steps/entity-steps"

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

const slaIds = {
  create: "create-service-level-agreements",
  update: "update-service-level-agreements",
  delete: "delete-service-level-agreements",
} as const
const slaSteps = defineEntitySteps<ServiceLevelAgreementRow, ServiceLevelAgreementDTO>("ServiceLevelAgreements", slaIds)
export const {
  create: createServiceLevelAgreementsStepId,
  update: updateServiceLevelAgreementsStepId,
  delete: deleteServiceLevelAgreementsStepId,
} = slaIds
/** Deleting SLAs soft-deletes their customer group assignments too (compensation restores them); orders keep their SLA id. */
export const {
  create: createServiceLevelAgreementsStep,
  update: updateServiceLevelAgreementsStep,
  delete: deleteServiceLevelAgreementsStep,
} = slaSteps

export const clearDefaultServiceLevelAgreementStepId = "clear-default-service-level-agreement"
/**
 * Takes the default mark off the SLA that has it, before another SLA takes it (Postgres allows
 * one default); compensation gives it back.
 */
export const clearDefaultServiceLevelAgreementStep = defineUpdateStep<{ id: string; is_default: false }, ServiceLevelAgreementDTO>(
  clearDefaultServiceLevelAgreementStepId,
  "ServiceLevelAgreements"
)

const customerGroupIds = { create: "create-sla-customer-groups", delete: "delete-sla-customer-groups" } as const
const customerGroupSteps = defineEntitySteps<SlaCustomerGroupRow, SlaCustomerGroupDTO>("SlaCustomerGroups", customerGroupIds)
export const { create: createSlaCustomerGroupsStepId, delete: deleteSlaCustomerGroupsStepId } = customerGroupIds
/** Assigns customer groups to SLAs and removes the assignments. */
export const { create: createSlaCustomerGroupsStep, delete: deleteSlaCustomerGroupsStep } = customerGroupSteps
