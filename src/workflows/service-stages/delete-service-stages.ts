import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteServiceStagesStep } from "./steps/stage-steps"
import { validateStagesDeletableStep } from "./steps/validate-stages-deletable"

export type DeleteServiceStagesWorkflowInput = { ids: string[] }

export const deleteServiceStagesWorkflowId = "delete-service-stages"
/** Removes stages no order uses and no stage leads to. Hooks: `validate`, `serviceStagesDeleted`. */
export const deleteServiceStagesWorkflow = createWorkflow(
  deleteServiceStagesWorkflowId,
  (input: DeleteServiceStagesWorkflowInput) => {
    validateStagesDeletableStep(input.ids)
    const validate = createHook("validate", { input })
    const deleted = deleteServiceStagesStep(input.ids)
    const serviceStagesDeleted = createHook("serviceStagesDeleted", { ids: deleted })
    return new WorkflowResponse(deleted, { hooks: [validate, serviceStagesDeleted] })
  }
)
