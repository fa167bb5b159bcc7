import { defineDeleteWorkflow } from "../common/define-delete-workflow"
import { deleteServiceStagesStep } from "./steps/stage-steps"
import { validateStagesDeletableStep } from "./steps/validate-stages-deletable"

export type DeleteServiceStagesWorkflowInput = { ids: string[] }

export const deleteServiceStagesWorkflowId = "delete-service-stages"
/** Removes stages no order uses and no stage leads to. Hooks: `validate`, `serviceStagesDeleted`. */
export const deleteServiceStagesWorkflow = defineDeleteWorkflow(deleteServiceStagesWorkflowId, "serviceStagesDeleted", {
  remove: deleteServiceStagesStep,
  deletable: validateStagesDeletableStep,
})
