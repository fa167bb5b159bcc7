import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  AgreementOccurrenceDTO,
  SERVICE_MANAGEMENT_MODULE,
  ServiceAgreementDTO,
  ServiceAgreementLineDTO,
} from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { defineCreateStep, defineSoftDeleteStep, defineUpdateStep } from "../../common/steps/entity-steps"

export type ServiceAgreementLineInput = {
  type: "hour" | "item" | "expense" | "fee"
  description?: string
  service_object_id?: string | null
  service_task_id?: string | null
  quantity: number
  unit_price?: number
  unit_cost?: number
  /** An RRULE, e.g. `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1`; null: the line generates no orders. */
  recurrence?: string | null
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
/** Creates numbered service agreements (SA-000001); compensation deletes them. */
export const createServiceAgreementsStep = createStep(
  createServiceAgreementsStepId,
  async (data: CreateServiceAgreementRow[], { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const created = await service.createNumberedServiceAgreements(data)
    return new StepResponse(created, created.map((a) => a.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).deleteServiceAgreements(ids)
    }
  }
)

export const updateServiceAgreementsStepId = "update-service-agreements"
/** Updates agreement headers; compensation restores the changed fields. */
export const updateServiceAgreementsStep = defineUpdateStep<{ id: string } & Partial<ServiceAgreementHeaderInput>, ServiceAgreementDTO>(
  updateServiceAgreementsStepId,
  "ServiceAgreements"
)

export const deleteServiceAgreementsStepId = "delete-service-agreements"
/** Soft-deletes agreements with their lines; compensation restores them. */
export const deleteServiceAgreementsStep = defineSoftDeleteStep(deleteServiceAgreementsStepId, "ServiceAgreements")

export const createServiceAgreementLinesStepId = "create-service-agreement-lines"
/** Creates agreement lines; compensation deletes them. */
export const createServiceAgreementLinesStep = defineCreateStep<ServiceAgreementLineRow, ServiceAgreementLineDTO>(
  createServiceAgreementLinesStepId,
  "ServiceAgreementLines"
)

export const updateServiceAgreementLinesStepId = "update-service-agreement-lines"
/** Updates agreement lines; compensation restores the changed fields. */
export const updateServiceAgreementLinesStep = defineUpdateStep<
  { id: string } & Partial<ServiceAgreementLineInput>,
  ServiceAgreementLineDTO
>(updateServiceAgreementLinesStepId, "ServiceAgreementLines")

export const deleteServiceAgreementLinesStepId = "delete-service-agreement-lines"
/** Soft-deletes agreement lines (their generated orders stay); compensation restores them. */
export const deleteServiceAgreementLinesStep = defineSoftDeleteStep(deleteServiceAgreementLinesStepId, "ServiceAgreementLines")

export const linkAgreementOccurrencesStepId = "link-agreement-occurrences"
/** Points claimed occurrences at the orders generated for them; compensation unlinks them. */
export const linkAgreementOccurrencesStep = defineUpdateStep<
  { id: string; service_order_id: string },
  AgreementOccurrenceDTO
>(linkAgreementOccurrencesStepId, "AgreementOccurrences")
