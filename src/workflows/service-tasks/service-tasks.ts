import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createServiceTasksStep,
  deleteServiceTasksStep,
  ServiceTaskInput,
  updateServiceTasksStep,
  validateServiceTasksDeletableStep,
} from "./steps/task-steps"
import { ensureExistsStep } from "../common/steps/ensure-exists"

export const createServiceTasksWorkflowId = "create-service-tasks"
/** Adds work to the task catalogue. Hooks: `validate`, `serviceTasksCreated`. */
export const createServiceTasksWorkflow = createWorkflow(
  createServiceTasksWorkflowId,
  (input: { service_tasks: ServiceTaskInput[] }) => {
    const validate = createHook("validate", { input })
    const tasks = createServiceTasksStep(input.service_tasks)
    const serviceTasksCreated = createHook("serviceTasksCreated", { service_tasks: tasks })
    return new WorkflowResponse(tasks, { hooks: [validate, serviceTasksCreated] })
  }
)

export const updateServiceTaskWorkflowId = "update-service-task"
/** Changes a catalogue task. Hooks: `validate`, `serviceTaskChanged`. */
export const updateServiceTaskWorkflow = createWorkflow(
  updateServiceTaskWorkflowId,
  (input: { id: string } & Partial<ServiceTaskInput>) => {
    ensureExistsStep({ entity: "service_task", label: "Service task", id: input.id })
    const validate = createHook("validate", { input })
    const updated = updateServiceTasksStep(transform({ input }, ({ input }) => [input]))
    const task = transform({ updated }, ({ updated }) => updated[0])
    const serviceTaskChanged = createHook("serviceTaskChanged", { service_task: task })
    return new WorkflowResponse(task, { hooks: [validate, serviceTaskChanged] })
  }
)

export const deleteServiceTasksWorkflowId = "delete-service-tasks"
/** Removes unused catalogue tasks. Hooks: `validate`, `serviceTasksDeleted`. */
export const deleteServiceTasksWorkflow = createWorkflow(
  deleteServiceTasksWorkflowId,
  (input: { ids: string[] }) => {
    ensureExistsStep({ entity: "service_task", label: "Service task", id: input.ids })
    validateServiceTasksDeletableStep(input.ids)
    const validate = createHook("validate", { input })
    const deleted = deleteServiceTasksStep(input.ids)
    const serviceTasksDeleted = createHook("serviceTasksDeleted", { ids: deleted })
    return new WorkflowResponse(deleted, { hooks: [validate, serviceTasksDeleted] })
  }
)
