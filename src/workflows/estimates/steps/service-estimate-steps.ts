import { ServiceEstimateDTO } from "../../../modules/service-management"
import { ServiceEstimateStatus } from "../../../types/enums"
import { defineCreateStep, defineUpdateStep } from "../../common/steps/entity-steps"

export type ServiceEstimateRow = {
  service_order_id: string
  version: number
  draft_order_id: string
  currency_code: string
  valid_until: Date | null
  created_by: string | null
}

export type ServiceEstimateUpdate = {
  id: string
  status?: ServiceEstimateStatus
  valid_until?: Date | null
  sent_at?: Date
  sent_by?: string | null
  answered_at?: Date
  answer_note?: string | null
}

export const createServiceEstimatesStepId = "create-service-estimates"
/** Records estimate versions; compensation deletes them. */
export const createServiceEstimatesStep = defineCreateStep<ServiceEstimateRow, ServiceEstimateDTO>(
  createServiceEstimatesStepId,
  "ServiceEstimates"
)

export const updateServiceEstimatesStepId = "update-service-estimates"
/** Moves estimates (sent, answered, superseded); compensation writes the previous fields back. */
export const updateServiceEstimatesStep = defineUpdateStep<ServiceEstimateUpdate, ServiceEstimateDTO>(
  updateServiceEstimatesStepId,
  "ServiceEstimates"
)
