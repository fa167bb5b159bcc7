import { defineDeleteWorkflow } from "../common/define-delete-workflow"
import { ServiceManagementEvents } from "../events"
import { deleteServiceObjectsStep } from "./steps/delete-service-objects"
import { validateServiceObjectsDeletableStep } from "./steps/validate-service-objects-deletable"

export type DeleteServiceObjectsWorkflowInput = { ids: string[] }

export const deleteServiceObjectsWorkflowId = "delete-service-objects"
/** Soft-deletes service objects that no service order refers to. Hooks: `validate`, `serviceObjectsDeleted`. */
export const deleteServiceObjectsWorkflow = defineDeleteWorkflow(deleteServiceObjectsWorkflowId, "serviceObjectsDeleted", {
  remove: deleteServiceObjectsStep,
  exists: { entity: "service_object", label: "Service object" },
  deletable: validateServiceObjectsDeletableStep,
  event: { name: ServiceManagementEvents.SERVICE_OBJECT_DELETED, data: (ids) => ids.map((id) => ({ id })) },
})
