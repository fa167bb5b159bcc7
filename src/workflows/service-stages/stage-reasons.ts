import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createStageReasonsStep,
  deleteStageReasonsStep,
  StageReasonInput,
  updateStageReasonsStep,
} from "./steps/stage-steps"
import { defineDeleteWorkflow } from "../common/define-delete-workflow"

export const createStageReasonsWorkflowId = "create-stage-reasons"
/** Adds reasons a move into a stage may give. Hooks: `validate`, `stageReasonsChanged`. */
export const createStageReasonsWorkflow = createWorkflow(
  createStageReasonsWorkflowId,
  (input: { reasons: StageReasonInput[] }) => {
    const validate = createHook("validate", { input })
    const reasons = createStageReasonsStep(input.reasons)
    const stageReasonsChanged = createHook("stageReasonsChanged", { reasons })
    return new WorkflowResponse(reasons, { hooks: [validate, stageReasonsChanged] })
  }
)

export const updateStageReasonsWorkflowId = "update-stage-reasons"
/** Renames or (de)activates stage reasons. Hooks: `validate`, `stageReasonsChanged`. */
export const updateStageReasonsWorkflow = createWorkflow(
  updateStageReasonsWorkflowId,
  (input: { reasons: ({ id: string } & Partial<Pick<StageReasonInput, "label" | "is_active">>)[] }) => {
    const validate = createHook("validate", { input })
    const reasons = updateStageReasonsStep(input.reasons)
    const stageReasonsChanged = createHook("stageReasonsChanged", { reasons })
    return new WorkflowResponse(reasons, { hooks: [validate, stageReasonsChanged] })
  }
)

export const deleteStageReasonsWorkflowId = "delete-stage-reasons"
/** Removes stage reasons; past moves keep the code they were given. Hooks: `validate`, `stageReasonsDeleted`. */
export const deleteStageReasonsWorkflow = defineDeleteWorkflow(deleteStageReasonsWorkflowId, "stageReasonsDeleted", {
  remove: deleteStageReasonsStep,
})
