import { StageTransitionDTO } from "../../../modules/service-management"
import { defineCreateStep } from "../../common/steps/entity-steps"

export type StageTransitionRow = {
  service_order_id: string
  from_stage_id: string | null
  from_stage_code: string | null
  to_stage_id: string
  to_stage_code: string
  reason_code?: string | null
  note?: string | null
  actor_type: "user" | "customer" | "system"
  actor_id?: string | null
}

export const createStageTransitionsStepId = "create-stage-transitions"
/** Records stage history rows; compensation deletes them. */
export const createStageTransitionsStep = defineCreateStep<StageTransitionRow, StageTransitionDTO>(
  createStageTransitionsStepId,
  "StageTransitions"
)
