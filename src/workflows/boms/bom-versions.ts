import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import {
  createBomComponentsStep,
  createBomVersionsStep,
  deleteBomVersionsStep,
  updateBomVersionsStep,
} from "./steps/bom-steps"
import {
  approveBomVersionStep,
  prepareBomVersionStep,
  PrepareBomVersionInput,
  validateBomVersionApprovalStep,
} from "./steps/bom-version-steps"
import { lockBomVersion } from "./steps/load-bom-version"
import { lockRecord } from "../common/steps/lock-record"
import { ensureExistsStep } from "../common/steps/ensure-exists"

export const createBomVersionWorkflowId = "create-bom-version"
/**
 * Adds a draft version to a BOM, numbered one past the highest, optionally starting from the
 * components of another version. Hooks: `validate`, `bomVersionCreated`.
 */
export const createBomVersionWorkflow = createWorkflow(
  createBomVersionWorkflowId,
  (input: PrepareBomVersionInput) => {
    ensureExistsStep({ entity: "service_bom", label: "BOM", id: input.bom_id })
    const lockKey = lockRecord(input, "bom", (i) => i.bom_id)
    const prepared = prepareBomVersionStep(input)
    const validate = createHook("validate", { input })
    const created = createBomVersionsStep(transform({ prepared }, ({ prepared }) => [prepared.version]))
    const version = transform({ created }, ({ created }) => created[0])
    createBomComponentsStep(
      transform({ prepared, version }, ({ prepared, version }) =>
        prepared.components.map((c) => ({ ...c, version_id: version.id }))
      )
    )
    releaseLockStep({ key: lockKey })
    const bomVersionCreated = createHook("bomVersionCreated", { bom_version: version })
    return new WorkflowResponse(version, { hooks: [validate, bomVersionCreated] })
  }
)

export type UpdateBomVersionWorkflowInput = {
  bom_id: string
  version_id: string
  update: {
    valid_from?: Date | string
    valid_to?: Date | string | null
    description?: string | null
    metadata?: Record<string, unknown> | null
  }
}

export const updateBomVersionWorkflowId = "update-bom-version"
/** Changes a draft version's validity or description; other versions are read-only. Hooks: `validate`, `bomVersionChanged`. */
export const updateBomVersionWorkflow = createWorkflow(
  updateBomVersionWorkflowId,
  (input: UpdateBomVersionWorkflowInput) => {
    const { lockKey } = lockBomVersion(
      transform({ input }, ({ input }) => ({
        bom_id: input.bom_id,
        version_id: input.version_id,
        status: "draft" as const,
        validity: input.update,
      }))
    )
    const row = transform({ input }, ({ input }) => [{ ...input.update, id: input.version_id }])
    const validate = createHook("validate", { input })
    const updated = updateBomVersionsStep(row)
    releaseLockStep({ key: lockKey })
    const version = transform({ updated }, ({ updated }) => updated[0])
    const bomVersionChanged = createHook("bomVersionChanged", { bom_version: version })
    return new WorkflowResponse(version, { hooks: [validate, bomVersionChanged] })
  }
)

export const deleteBomVersionWorkflowId = "delete-bom-version"
/** Removes a draft version with its components. Hooks: `validate`, `bomVersionDeleted`. */
export const deleteBomVersionWorkflow = createWorkflow(
  deleteBomVersionWorkflowId,
  (input: { bom_id: string; version_id: string }) => {
    const { lockKey } = lockBomVersion(
      transform({ input }, ({ input }) => ({ bom_id: input.bom_id, version_id: input.version_id, status: "draft" as const }))
    )
    const validate = createHook("validate", { input })
    const deleted = deleteBomVersionsStep(transform({ input }, ({ input }) => [input.version_id]))
    releaseLockStep({ key: lockKey })
    const bomVersionDeleted = createHook("bomVersionDeleted", { ids: deleted })
    return new WorkflowResponse(deleted, { hooks: [validate, bomVersionDeleted] })
  }
)

export type ApproveBomVersionWorkflowInput = {
  bom_id: string
  version_id: string
  actor_id?: string | null
  /** End the approved versions that began before this one where this one begins. */
  supersede?: boolean
}

export const approveBomVersionWorkflowId = "approve-bom-version"
/**
 * Approves a draft version; refused (400) when its validity overlaps another approved version
 * of the BOM — checked here and, against concurrent approvals, by Postgres. With `supersede`,
 * approved versions that began before it end where it begins (undone if the approval fails).
 * Hooks: `validate`, `bomVersionApproved`. Event: `bom_version.approved`.
 */
export const approveBomVersionWorkflow = createWorkflow(
  approveBomVersionWorkflowId,
  (input: ApproveBomVersionWorkflowInput) => {
    const { lockKey, loaded } = lockBomVersion(
      transform({ input }, ({ input }) => ({ bom_id: input.bom_id, version_id: input.version_id, status: "draft" as const }))
    )
    const superseded = validateBomVersionApprovalStep(
      transform({ loaded, input }, ({ loaded, input }) => ({ version: loaded.version, siblings: loaded.siblings, supersede: input.supersede }))
    )
    const validate = createHook("validate", { input })
    when("supersede-predecessors", { superseded }, ({ superseded }) => superseded.length > 0).then(() => {
      updateBomVersionsStep(superseded)
    })
    approveBomVersionStep(transform({ input }, ({ input }) => ({ id: input.version_id, approved_by: input.actor_id ?? null })))
    releaseLockStep({ key: lockKey })
    const bomVersionApproved = createHook("bomVersionApproved", {
      bom_id: input.bom_id,
      version_id: input.version_id,
      superseded_version_ids: transform({ superseded }, ({ superseded }) => superseded.map((v) => v.id)),
    })
    emitEventStep({
      eventName: ServiceManagementEvents.BOM_VERSION_APPROVED,
      data: { id: input.version_id, bom_id: input.bom_id },
    })
    return new WorkflowResponse(input.version_id, { hooks: [validate, bomVersionApproved] })
  }
)

export const retireBomVersionWorkflowId = "retire-bom-version"
/**
 * Retires an approved version: no new objects get it, objects built with it keep it. An open or
 * later end of validity is cut to now. Hooks: `validate`, `bomVersionRetired`. Event: `bom_version.retired`.
 */
export const retireBomVersionWorkflow = createWorkflow(
  retireBomVersionWorkflowId,
  (input: { bom_id: string; version_id: string }) => {
    const { lockKey, loaded } = lockBomVersion(
      transform({ input }, ({ input }) => ({ bom_id: input.bom_id, version_id: input.version_id, status: "approved" as const }))
    )
    const validate = createHook("validate", { input })
    const row = transform({ loaded }, ({ loaded }) => {
      const now = new Date()
      const v = loaded.version
      const cut = new Date(v.valid_from) < now && (!v.valid_to || new Date(v.valid_to) > now)
      return [{ id: v.id, status: "retired", retired_at: now, ...(cut ? { valid_to: now } : {}) }]
    })
    const updated = updateBomVersionsStep(row)
    releaseLockStep({ key: lockKey })
    const version = transform({ updated }, ({ updated }) => updated[0])
    const bomVersionRetired = createHook("bomVersionRetired", { bom_version: version })
    emitEventStep({
      eventName: ServiceManagementEvents.BOM_VERSION_RETIRED,
      data: { id: input.version_id, bom_id: input.bom_id },
    })
    return new WorkflowResponse(version, { hooks: [validate, bomVersionRetired] })
  }
)
