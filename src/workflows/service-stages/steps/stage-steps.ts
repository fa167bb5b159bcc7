import { ServiceStageDTO, StageReasonDTO } from "../../../modules/service-management"
import { defineCreateStep, defineSoftDeleteStep, defineUpdateStep } from "../../common/steps/entity-steps"

export type ServiceStageInput = {
  code: string
  name: string
  description?: string | null
  position?: number
  color?: string | null
  is_initial?: boolean
  is_terminal?: boolean
  is_cancellation?: boolean
  is_active?: boolean
  allow_edit_lines?: boolean
  allow_add_repair_lines?: boolean
  allow_assign?: boolean
  allow_post?: boolean
  allow_customer_cancel?: boolean
  customer_visible?: boolean
  requires_reason?: boolean
  next_stage_codes?: string[]
  sla_action?: "respond" | "resolve" | "pause" | "resume" | null
  metadata?: Record<string, unknown> | null
}
export type StageReasonInput = { stage_id: string; code: string; label: string; is_active?: boolean }

export const createServiceStagesStepId = "create-service-stages"
/** Creates stages; compensation deletes them. */
export const createServiceStagesStep = defineCreateStep<ServiceStageInput, ServiceStageDTO>(
  createServiceStagesStepId,
  "ServiceStages"
)

export const updateServiceStagesStepId = "update-service-stages"
/** Updates stages; compensation restores the changed fields. */
export const updateServiceStagesStep = defineUpdateStep<{ id: string } & Partial<ServiceStageInput>, ServiceStageDTO>(
  updateServiceStagesStepId,
  "ServiceStages"
)

export const deleteServiceStagesStepId = "delete-service-stages"
/** Soft-deletes stages; compensation restores them. */
export const deleteServiceStagesStep = defineSoftDeleteStep(deleteServiceStagesStepId, "ServiceStages")

export const createStageReasonsStepId = "create-stage-reasons"
/** Creates stage reasons; compensation deletes them. */
export const createStageReasonsStep = defineCreateStep<StageReasonInput, StageReasonDTO>(
  createStageReasonsStepId,
  "StageReasons"
)

export const updateStageReasonsStepId = "update-stage-reasons"
/** Updates stage reasons; compensation restores the changed fields. */
export const updateStageReasonsStep = defineUpdateStep<{ id: string } & Partial<StageReasonInput>, StageReasonDTO>(
  updateStageReasonsStepId,
  "StageReasons"
)

export const deleteStageReasonsStepId = "delete-stage-reasons"
/** Soft-deletes stage reasons; compensation restores them. History keeps the reason code as text. */
export const deleteStageReasonsStep = defineSoftDeleteStep(deleteStageReasonsStepId, "StageReasons")
