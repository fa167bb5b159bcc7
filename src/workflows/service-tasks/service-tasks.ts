import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createServiceTasksStep,
  deleteServiceTasksStep,
  ServiceTaskInput,
  updateServiceTasksStep,
  validateServiceTasksDeletableStep,
} from "./steps/task-steps"
import { defineDeleteWorkflow } from "../common/define-delete-workflow"
import { defineRecordWorkflow } from "../common/define-record-workflow"

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
export const updateServiceTaskWorkflow = defineRecordWorkflow(updateServiceTaskWorkflowId, "serviceTaskChanged", "service_task", {
  write: updateServiceTasksStep,
  exists: { entity: "service_task", label: "Service task" },
})

export const deleteServiceTasksWorkflowId = "delete-service-tasks"
/** Removes unused catalogue tasks. Hooks: `validate`, `serviceTasksDeleted`. */
export const deleteServiceTasksWorkflow = defineDeleteWorkflow(deleteServiceTasksWorkflowId, "serviceTasksDeleted", {
  remove: deleteServiceTasksStep,
  exists: { entity: "service_task", label: "Service task" },
  deletable: validateServiceTasksDeletableStep,
})
