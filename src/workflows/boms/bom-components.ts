import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  BomComponentInput,
  createBomComponentsStep,
  deleteBomComponentsStep,
  updateBomComponentsStep,
} from "./steps/bom-steps"
import { lockBomVersion } from "./steps/load-bom-version"
import { validateBomRefsStep } from "./steps/validate-bom-refs"

export type AddBomComponentsWorkflowInput = { bom_id: string; version_id: string; components: BomComponentInput[] }

export const addBomComponentsWorkflowId = "add-bom-components"
/** Adds components to a draft version. Hooks: `validate`, `bomComponentsChanged`. */
export const addBomComponentsWorkflow = createWorkflow(
  addBomComponentsWorkflowId,
  (input: AddBomComponentsWorkflowInput) => {
    const { lockKey } = lockBomVersion(
      transform({ input }, ({ input }) => ({ bom_id: input.bom_id, version_id: input.version_id, status: "draft" as const }))
    )
    validateBomRefsStep(
      transform({ input }, ({ input }) => ({ component_variant_ids: input.components.map((c) => c.product_variant_id) }))
    )
    const validate = createHook("validate", { input })
    const created = createBomComponentsStep(
      transform({ input }, ({ input }) => input.components.map((c) => ({ ...c, version_id: input.version_id })))
    )
    releaseLockStep({ key: lockKey })
    const bomComponentsChanged = createHook("bomComponentsChanged", { version_id: input.version_id, components: created })
    return new WorkflowResponse(created, { hooks: [validate, bomComponentsChanged] })
  }
)

export type UpdateBomComponentWorkflowInput = {
  bom_id: string
  version_id: string
  component_id: string
  update: Partial<BomComponentInput>
}

export const updateBomComponentWorkflowId = "update-bom-component"
/** Changes a component of a draft version. Hooks: `validate`, `bomComponentsChanged`. */
export const updateBomComponentWorkflow = createWorkflow(
  updateBomComponentWorkflowId,
  (input: UpdateBomComponentWorkflowInput) => {
    const { lockKey } = lockBomVersion(
      transform({ input }, ({ input }) => ({
        bom_id: input.bom_id,
        version_id: input.version_id,
        status: "draft" as const,
        component_ids: [input.component_id],
        component_update: input.update,
      }))
    )
    validateBomRefsStep(
      transform({ input }, ({ input }) => ({ component_variant_ids: [input.update.product_variant_id] }))
    )
    const row = transform({ input }, ({ input }) => [{ ...input.update, id: input.component_id }])
    const validate = createHook("validate", { input })
    const updated = updateBomComponentsStep(row)
    releaseLockStep({ key: lockKey })
    const bomComponentsChanged = createHook("bomComponentsChanged", { version_id: input.version_id, components: updated })
    const component = transform({ updated }, ({ updated }) => updated[0])
    return new WorkflowResponse(component, { hooks: [validate, bomComponentsChanged] })
  }
)

export const deleteBomComponentsWorkflowId = "delete-bom-components"
/** Removes components from a draft version. Hooks: `validate`, `bomComponentsChanged`. */
export const deleteBomComponentsWorkflow = createWorkflow(
  deleteBomComponentsWorkflowId,
  (input: { bom_id: string; version_id: string; component_ids: string[] }) => {
    const { lockKey } = lockBomVersion(
      transform({ input }, ({ input }) => ({
        bom_id: input.bom_id,
        version_id: input.version_id,
        status: "draft" as const,
        component_ids: input.component_ids,
      }))
    )
    const validate = createHook("validate", { input })
    const deleted = deleteBomComponentsStep(input.component_ids)
    releaseLockStep({ key: lockKey })
    const bomComponentsChanged = createHook("bomComponentsChanged", { version_id: input.version_id, deleted_ids: deleted })
    return new WorkflowResponse(deleted, { hooks: [validate, bomComponentsChanged] })
  }
)
