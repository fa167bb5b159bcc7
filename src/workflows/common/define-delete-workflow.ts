import { createHook, createWorkflow, StepFunction, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ensureExistsStep, ExistsCheck } from "./steps/ensure-exists"

type DeleteWorkflowSteps = {
  /** NOT_FOUND first for an id with no row of this entity. */
  exists?: ExistsCheck
  /** Soft-deletes the rows and returns their ids. */
  remove: StepFunction<string[], string[]>
  /** Refuses, before anything is written, rows that must stay. */
  deletable?: StepFunction<string[], unknown>
  /** An event emitted once the workflow succeeded, with the data made from the deleted ids. */
  event?: { name: string; data: (ids: string[]) => unknown }
}

/**
 * The delete workflow every catalogue shares: `{ ids }` in, the check that the rows may go, a
 * `validate` hook, the soft delete, then the `deletedHook` hook with the ids (and the event).
 */
export function defineDeleteWorkflow<THook extends string>(id: string, deletedHook: THook, steps: DeleteWorkflowSteps) {
  return createWorkflow(id, (input: { ids: string[] }) => {
    if (steps.exists) {
      ensureExistsStep({ ...steps.exists, id: input.ids })
    }
    steps.deletable?.(input.ids)
    const validate = createHook("validate", { input })
    const deleted = steps.remove(input.ids)
    const deletedHookFn = createHook(deletedHook, { ids: deleted })
    const event = steps.event
    if (event) {
      emitEventStep({ eventName: event.name, data: transform({ deleted }, ({ deleted }) => event.data(deleted)) })
    }
    return new WorkflowResponse(deleted, { hooks: [validate, deletedHookFn] })
  })
}
