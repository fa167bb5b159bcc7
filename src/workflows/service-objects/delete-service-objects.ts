import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { deleteServiceObjectsStep } from "./steps/delete-service-objects"
import { validateServiceObjectsDeletableStep } from "./steps/validate-service-objects-deletable"
import { ensureExistsStep } from "../common/steps/ensure-exists"

export type DeleteServiceObjectsWorkflowInput = { ids: string[] }

export const deleteServiceObjectsWorkflowId = "delete-service-objects"
/** Soft-deletes service objects that no service order refers to. Hooks: `validate`, `serviceObjectsDeleted`. */
export const deleteServiceObjectsWorkflow = createWorkflow(
  deleteServiceObjectsWorkflowId,
  (input: DeleteServiceObjectsWorkflowInput) => {
    ensureExistsStep({ entity: "service_object", label: "Service object", id: input.ids })
    validateServiceObjectsDeletableStep(input.ids)
    const validate = createHook("validate", { input })
    const deleted = deleteServiceObjectsStep(input.ids)
    const serviceObjectsDeleted = createHook("serviceObjectsDeleted", { ids: deleted })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_OBJECT_DELETED,
      data: transform({ deleted }, ({ deleted }) => deleted.map((id) => ({ id }))),
    })
    return new WorkflowResponse(deleted, { hooks: [validate, serviceObjectsDeleted] })
  }
)
