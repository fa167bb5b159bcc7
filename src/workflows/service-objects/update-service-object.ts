import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { withoutAdditionalData } from "../common/utils/without-additional-data"
import { updateServiceObjectsStep, UpdateServiceObjectInput } from "./steps/update-service-objects"
import { validateServiceObjectRefsStep } from "./steps/validate-service-object-refs"

export type UpdateServiceObjectWorkflowInput = UpdateServiceObjectInput & AdditionalData

export const updateServiceObjectWorkflowId = "update-service-object"
/** Changes a service object. Hooks: `validate`, `serviceObjectChanged`. */
export const updateServiceObjectWorkflow = createWorkflow(
  updateServiceObjectWorkflowId,
  (input: UpdateServiceObjectWorkflowInput) => {
    const { data: existing } = useQueryGraphStep({
      entity: "service_object",
      fields: ["id", "customer_id", "order_id", "parent_id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    // Order and parent references are checked against the (possibly new) customer.
    const refs = transform({ input, existing }, ({ input, existing }) => {
      const data = withoutAdditionalData(input)
      const [current] = existing
      const parent = data.customer_id !== undefined ? { parent_id: current.parent_id } : {}
      return [{ customer_id: current.customer_id, order_id: current.order_id, ...parent, ...data }]
    })
    const checked = validateServiceObjectRefsStep(refs)
    const validate = createHook("validate", { input })
    const update = transform({ input, checked }, ({ input, checked }) => {
      const data = withoutAdditionalData(input)
      return [{ ...data, product_variant_id: checked[0].product_variant_id ?? data.product_variant_id }]
    })
    const updated = transform({ rows: updateServiceObjectsStep(update) }, ({ rows }) => rows[0])
    const serviceObjectChanged = createHook("serviceObjectChanged", {
      service_object: updated,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_OBJECT_UPDATED,
      data: { id: input.id },
    })
    return new WorkflowResponse(updated, { hooks: [validate, serviceObjectChanged] })
  }
)
