import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { updateServiceObjectsStep } from "../service-objects/steps/update-service-objects"
import { createServiceObjectBomHistoryStep } from "./steps/bom-steps"
import { validateServiceObjectBomMoveStep } from "./steps/validate-service-object-bom-move"
import { lockRecord } from "../common/steps/lock-record"
import { ensureExistsStep } from "../common/steps/ensure-exists"

export type MoveServiceObjectBomVersionWorkflowInput = {
  service_object_id: string
  bom_version_id: string
  note?: string | null
  actor_id?: string | null
}

export const moveServiceObjectBomVersionWorkflowId = "move-service-object-bom-version"
/**
 * Moves a service object to a newer approved version of its BOM and records the move in its
 * history. Hooks: `validate`, `serviceObjectBomVersionChanged`. Event: `service_object.bom_version_changed`.
 */
export const moveServiceObjectBomVersionWorkflow = createWorkflow(
  moveServiceObjectBomVersionWorkflowId,
  (input: MoveServiceObjectBomVersionWorkflowInput) => {
    ensureExistsStep({ entity: "service_object", label: "Service object", id: input.service_object_id })
    const lockKey = lockRecord(input, "service_object", (i) => i.service_object_id)
    const checked = validateServiceObjectBomMoveStep(input)
    const validate = createHook("validate", { input })
    updateServiceObjectsStep(
      transform({ input }, ({ input }) => [{ id: input.service_object_id, bom_version_id: input.bom_version_id }])
    )
    const history = createServiceObjectBomHistoryStep(
      transform({ input, checked }, ({ input, checked }) => [
        {
          service_object_id: input.service_object_id,
          from_bom_version_id: checked.from_bom_version_id,
          to_bom_version_id: input.bom_version_id,
          note: input.note ?? null,
          actor_id: input.actor_id ?? null,
        },
      ])
    )
    releaseLockStep({ key: lockKey })
    const entry = transform({ history }, ({ history }) => history[0])
    const serviceObjectBomVersionChanged = createHook("serviceObjectBomVersionChanged", { history: entry })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_OBJECT_BOM_VERSION_CHANGED,
      data: transform({ input, checked }, ({ input, checked }) => ({
        id: input.service_object_id,
        from_bom_version_id: checked.from_bom_version_id,
        to_bom_version_id: input.bom_version_id,
      })),
    })
    return new WorkflowResponse(entry, { hooks: [validate, serviceObjectBomVersionChanged] })
  }
)
