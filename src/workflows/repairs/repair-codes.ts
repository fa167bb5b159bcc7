import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRepairCodesStep,
  deleteRepairCodesStep,
  RepairCodeInput,
  updateRepairCodesStep,
  validateRepairCodesDeletableStep,
  validateRepairCodesStep,
} from "./steps/repair-code-steps"
import { defineDeleteWorkflow } from "../common/define-delete-workflow"
import { ensureExistsStep } from "../common/steps/ensure-exists"

export const createRepairCodesWorkflowId = "create-repair-codes"
/** Adds entries to the repair code tables. Hooks: `validate`, `repairCodesCreated`. */
export const createRepairCodesWorkflow = createWorkflow(
  createRepairCodesWorkflowId,
  (input: { repair_codes: RepairCodeInput[] }) => {
    validateRepairCodesStep(input.repair_codes)
    const validate = createHook("validate", { input })
    const codes = createRepairCodesStep(input.repair_codes)
    const repairCodesCreated = createHook("repairCodesCreated", { repair_codes: codes })
    return new WorkflowResponse(codes, { hooks: [validate, repairCodesCreated] })
  }
)

export type UpdateRepairCodeWorkflowInput = { id: string } & Partial<Omit<RepairCodeInput, "kind">>

export const updateRepairCodeWorkflowId = "update-repair-code"
/** Changes a repair code (its kind stays). Hooks: `validate`, `repairCodeChanged`. */
export const updateRepairCodeWorkflow = createWorkflow(
  updateRepairCodeWorkflowId,
  (input: UpdateRepairCodeWorkflowInput) => {
    ensureExistsStep({ entity: "service_repair_code", label: "Repair code", id: input.id })
    validateRepairCodesStep(transform({ input }, ({ input }) => [input]))
    const validate = createHook("validate", { input })
    const updated = updateRepairCodesStep(transform({ input }, ({ input }) => [input]))
    const code = transform({ updated }, ({ updated }) => updated[0])
    const repairCodeChanged = createHook("repairCodeChanged", { repair_code: code })
    return new WorkflowResponse(code, { hooks: [validate, repairCodeChanged] })
  }
)

export const deleteRepairCodesWorkflowId = "delete-repair-codes"
/** Removes codes nobody uses. Hooks: `validate`, `repairCodesDeleted`. */
export const deleteRepairCodesWorkflow = defineDeleteWorkflow(deleteRepairCodesWorkflowId, "repairCodesDeleted", {
  remove: deleteRepairCodesStep,
  exists: { entity: "service_repair_code", label: "Repair code" },
  deletable: validateRepairCodesDeletableStep,
})
