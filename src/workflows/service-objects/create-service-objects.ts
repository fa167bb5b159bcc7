import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { createServiceObjectsStep, CreateServiceObjectInput } from "./steps/create-service-objects"
import { validateServiceObjectRefsStep } from "./steps/validate-service-object-refs"

export type CreateServiceObjectsWorkflowInput = {
  service_objects: CreateServiceObjectInput[]
  additional_data?: Record<string, unknown>
}

export const createServiceObjectsWorkflowId = "create-service-objects"
/** Records customers' assets. Hooks: `validate` (before writing), `serviceObjectsCreated`. */
export const createServiceObjectsWorkflow = createWorkflow(
  createServiceObjectsWorkflowId,
  (input: CreateServiceObjectsWorkflowInput) => {
    const objects = validateServiceObjectRefsStep(input.service_objects)
    const validate = createHook("validate", { input })
    const created = createServiceObjectsStep(objects as CreateServiceObjectInput[])
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
