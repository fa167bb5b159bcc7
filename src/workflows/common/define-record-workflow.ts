import { createHook, createWorkflow, StepFunction, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureExistsStep, ExistsCheck } from "./steps/ensure-exists"

// The SDK's conditional types do not resolve over a type parameter: say what the list holds.
const asList = <T>(input: WorkflowData<T>) => transform({ input }, ({ input }) => [input]) as unknown as WorkflowData<T[]>

/**
 * The create or update workflow of one catalogue record: NOT_FOUND first when `exists` says
 * which record the input must name; the optional check of the input, a
 * `validate` hook, the write (a batch step given a list of one), then the `doneHook` hook with
 * the row under `key` (e.g. `skillCreated` with `{ skill }`). Returns the row.
 */
export function defineRecordWorkflow<TInput, TRow extends { id: string }, THook extends string, TKey extends string>(
  id: string,
  doneHook: THook,
  key: TKey,
  steps: {
    write: StepFunction<TInput[], TRow[]>
    check?: StepFunction<TInput, unknown>
    /** NOT_FOUND first when the record the input names (`id`, or the field `key`) has no row. */
    exists?: ExistsCheck & { key?: keyof TInput & string }
  }
) {
  return createWorkflow(id, (input: WorkflowData<TInput>) => {
    const exists = steps.exists
    if (exists) {
      const recordId = transform({ input }, ({ input }) => (input as Record<string, string>)[exists.key ?? "id"])
      ensureExistsStep({ entity: exists.entity, label: exists.label, id: recordId })
    }
    steps.check?.(input)
    const validate = createHook("validate", { input })
    const written = steps.write(asList<TInput>(input))
    const row = transform({ written }, ({ written }) => written[0])
    const done = createHook(doneHook, { [key]: row } as Record<TKey, WorkflowData<TRow>>)
    return new WorkflowResponse(row, { hooks: [validate, done] })
  })
}
