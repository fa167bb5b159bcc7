import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ServiceStageInput, updateServiceStagesStep } from "./steps/stage-steps"
import { validateStageChangesStep } from "./steps/validate-stage-changes"

export type UpdateServiceStageWorkflowInput = { id: string } & Partial<Omit<ServiceStageInput, "code">>

export const updateServiceStageWorkflowId = "update-service-stage"
/** Changes a stage's name and rules (its code is fixed: history and next-stage lists refer to it). Hooks: `validate`, `serviceStageChanged`. */
export const updateServiceStageWorkflow = createWorkflow(
  updateServiceStageWorkflowId,
  (input: UpdateServiceStageWorkflowInput) => {
    const checked = validateStageChangesStep(transform({ input }, ({ input }) => ({ update: [input] })))
    const validate = createHook("validate", { input })
    const updated = updateServiceStagesStep(checked.update)
    const stage = transform({ updated, input }, ({ updated, input }) => updated.find((s) => s.id === input.id)!)
    const serviceStageChanged = createHook("serviceStageChanged", { stage })
    return new WorkflowResponse(stage, { hooks: [validate, serviceStageChanged] })
  }
)
