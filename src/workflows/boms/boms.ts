import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { BomInput, createBomsStep, deleteBomsStep, updateBomsStep } from "./steps/bom-steps"
import { validateBomVersionsDeletableStep } from "./steps/bom-version-steps"
import { validateBomRefsStep } from "./steps/validate-bom-refs"
import { defineRecordWorkflow } from "../common/define-record-workflow"
import { ensureExistsStep } from "../common/steps/ensure-exists"

export const createBomWorkflowId = "create-bom"
/** Creates a bill of materials for a product or one of its variants. Hooks: `validate`, `bomCreated`. */
export const createBomWorkflow = defineRecordWorkflow(createBomWorkflowId, "bomCreated", "bom", {
  write: createBomsStep,
  check: validateBomRefsStep,
})

export type UpdateBomWorkflowInput = { id: string } & Partial<Pick<BomInput, "name" | "description" | "metadata">>

export const updateBomWorkflowId = "update-bom"
/** Renames or describes a BOM (its product and variant stay). Hooks: `validate`, `bomChanged`. */
export const updateBomWorkflow = createWorkflow(updateBomWorkflowId, (input: UpdateBomWorkflowInput) => {
  ensureExistsStep({ entity: "service_bom", label: "BOM", id: input.id })
  const validate = createHook("validate", { input })
  const updated = updateBomsStep(transform({ input }, ({ input }) => [input]))
  const bom = transform({ updated }, ({ updated }) => updated[0])
  const bomChanged = createHook("bomChanged", { bom })
  return new WorkflowResponse(bom, { hooks: [validate, bomChanged] })
})

export const deleteBomWorkflowId = "delete-bom"
/** Removes a BOM with its versions, unless objects are pinned to them or repairs name them. Hooks: `validate`, `bomDeleted`. */
export const deleteBomWorkflow = createWorkflow(deleteBomWorkflowId, (input: { id: string }) => {
  ensureExistsStep({ entity: "service_bom", label: "BOM", id: input.id })
  const { data: versions } = useQueryGraphStep({
    entity: "service_bom_version",
    fields: ["id"],
    filters: { bom_id: input.id },
  })
  validateBomVersionsDeletableStep(transform({ versions }, ({ versions }) => versions.map((v) => v.id)))
  const validate = createHook("validate", { input })
  const deleted = deleteBomsStep(transform({ input }, ({ input }) => [input.id]))
  const bomDeleted = createHook("bomDeleted", { ids: deleted })
  return new WorkflowResponse(deleted, { hooks: [validate, bomDeleted] })
})
