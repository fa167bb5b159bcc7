import { createHook, createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createServiceStagesStep, ServiceStageInput, updateServiceStagesStep } from "./steps/stage-steps"
import { validateStageChangesStep } from "./steps/validate-stage-changes"

export type CreateServiceStagesWorkflowInput = { stages: ServiceStageInput[] }

export const createServiceStagesWorkflowId = "create-service-stages"
/** Adds stages to the life cycle. Hooks: `validate`, `serviceStagesCreated`. */
export const createServiceStagesWorkflow = createWorkflow(
  createServiceStagesWorkflowId,
  (input: CreateServiceStagesWorkflowInput) => {
    const checked = validateStageChangesStep({ create: input.stages })
    const validate = createHook("validate", { input })
    when("service-stages-to-update", { checked }, ({ checked }) => checked.update.length > 0).then(() => {
      updateServiceStagesStep(checked.update)
    })
    const stages = createServiceStagesStep(checked.create)
    const serviceStagesCreated = createHook("serviceStagesCreated", { stages })
    return new WorkflowResponse(stages, { hooks: [validate, serviceStagesCreated] })
  }
)
