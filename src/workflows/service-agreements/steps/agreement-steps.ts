import { SERVICE_MANAGEMENT_MODULE, ServiceAgreementDTO, ServiceAgreementLineDTO } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import type { AgreementLineInput } from "../../../types/http/agreements"
import { defineEntitySteps, defineNumberedCreateStep } from "../../common/steps/entity-steps"

/**
 * The contract's line input; dates may also come as Date, and `recurrence` is an RRULE, e.g.
 * `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1` (null: the line generates no orders).
 */
export type ServiceAgreementLineInput = Omit<AgreementLineInput, "valid_from" | "valid_to"> & {
  valid_from?: Date | string | null
  valid_to?: Date | string | null
  metadata?: Record<string, unknown> | null
}
export type ServiceAgreementLineRow = ServiceAgreementLineInput & { agreement_id: string; description: string }

export type ServiceAgreementHeaderInput = {
  customer_id?: string | null
  name: string
  description?: string | null
  valid_from: Date | string
  valid_to?: Date | string | null
  agreement_group?: string | null
  sla_id?: string | null
  currency_code?: string
  is_template?: boolean
  metadata?: Record<string, unknown> | null
}
export type CreateServiceAgreementRow = Parameters<ServiceManagementModuleService["createNumberedServiceAgreements"]>[0][number]

export const createServiceAgreementsStepId = "create-service-agreements"
/** Creates numbered service agreements (SA-000001); compensation deletes them and gives their numbers back if still the last. */
export const createServiceAgreementsStep = defineNumberedCreateStep(
  createServiceAgreementsStepId,
  "ServiceAgreements",
  (service, data: CreateServiceAgreementRow[]) => service.createNumberedServiceAgreements(data)
)

const agreementIds = { update: "update-service-agreements", delete: "delete-service-agreements" } as const
const agreementSteps = defineEntitySteps<ServiceAgreementHeaderInput, ServiceAgreementDTO>("ServiceAgreements", agreementIds)
export const { update: updateServiceAgreementsStepId, delete: deleteServiceAgreementsStepId } = agreementIds
/** Agreement header updates; deleting agreements soft-deletes their lines too, and compensation restores them. */
export const { update: updateServiceAgreementsStep, delete: deleteServiceAgreementsStep } = agreementSteps

const lineIds = {
  create: "create-service-agreement-lines",
  update: "update-service-agreement-lines",
  delete: "delete-service-agreement-lines",
} as const
const lineSteps = defineEntitySteps<ServiceAgreementLineRow, ServiceAgreementLineDTO, { id: string } & Partial<ServiceAgreementLineInput>>(
  "ServiceAgreementLines",
  lineIds
)
export const {
  create: createServiceAgreementLinesStepId,
  update: updateServiceAgreementLinesStepId,
  delete: deleteServiceAgreementLinesStepId,
} = lineIds
/** Deleting agreement lines leaves the orders they generated. */
export const {
  create: createServiceAgreementLinesStep,
  update: updateServiceAgreementLinesStep,
  delete: deleteServiceAgreementLinesStep,
} = lineSteps
