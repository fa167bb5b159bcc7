import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createServiceObjectBomHistoryStep } from "../boms/steps/bom-steps"
import { resolveServiceObjectBomVersionsStep } from "../boms/steps/resolve-service-object-bom-versions"
import { ServiceManagementEvents } from "../events"
import { createServiceObjectsStep, CreateServiceObjectInput } from "./steps/create-service-objects"
import { validateServiceObjectRefsStep } from "./steps/validate-service-object-refs"

export type CreateServiceObjectsWorkflowInput = {
  service_objects: CreateServiceObjectInput[]
} & AdditionalData

export const createServiceObjectsWorkflowId = "create-service-objects"
/** Records customers' assets. Hooks: `validate` (before writing), `serviceObjectsCreated`. */
export const createServiceObjectsWorkflow = createWorkflow(
  createServiceObjectsWorkflowId,
  (input: CreateServiceObjectsWorkflowInput) => {
    const checked = validateServiceObjectRefsStep(input.service_objects)
    const objects = resolveServiceObjectBomVersionsStep(checked)
    const validate = createHook("validate", { input })
    const created = createServiceObjectsStep(objects as unknown as CreateServiceObjectInput[])
    // The version an object starts with opens its BOM history.
    createServiceObjectBomHistoryStep(
      transform({ created }, ({ created }) =>
        created
          .filter((o) => o.bom_version_id)
          .map((o) => ({ service_object_id: o.id, from_bom_version_id: null, to_bom_version_id: o.bom_version_id as string }))
      )
    )
    const serviceObjectsCreated = createHook("serviceObjectsCreated", {
      service_objects: created,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_OBJECT_CREATED,
      data: transform({ created }, ({ created }) => created.map((o) => ({ id: o.id, customer_id: o.customer_id }))),
    })
    return new WorkflowResponse(created, { hooks: [validate, serviceObjectsCreated] })
  }
)
