import { ServiceStageDTO, StageReasonDTO } from "../../../modules/service-management"
import { defineEntitySteps } from "../../common/steps/entity-steps"

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

const stageIds = { create: "create-service-stages", update: "update-service-stages", delete: "delete-service-stages" } as const
const stageSteps = defineEntitySteps<ServiceStageInput, ServiceStageDTO>("ServiceStages", stageIds)
export const { create: createServiceStagesStepId, update: updateServiceStagesStepId, delete: deleteServiceStagesStepId } = stageIds
export const { create: createServiceStagesStep, update: updateServiceStagesStep, delete: deleteServiceStagesStep } = stageSteps

const reasonIds = { create: "create-stage-reasons", update: "update-stage-reasons", delete: "delete-stage-reasons" } as const
const reasonSteps = defineEntitySteps<StageReasonInput, StageReasonDTO>("StageReasons", reasonIds)
export const { create: createStageReasonsStepId, update: updateStageReasonsStepId, delete: deleteStageReasonsStepId } = reasonIds
/** Deleted stage reasons leave the stage history alone: it keeps the reason code as text. */
export const { create: createStageReasonsStep, update: updateStageReasonsStep, delete: deleteStageReasonsStep } = reasonSteps
