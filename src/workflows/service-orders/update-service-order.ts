import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { withoutAdditionalData } from "../common/utils/without-additional-data"
import { loadServiceOrderForChangeStep } from "./steps/load-service-order-for-change"
import { updateServiceOrdersStep, UpdateServiceOrderRow } from "./steps/update-service-orders"

export type UpdateServiceOrderWorkflowInput = UpdateServiceOrderRow & AdditionalData

export const updateServiceOrderWorkflowId = "update-service-order"
/** Changes an open order's header (title, priority, notes, address, window). Hooks: `validate`, `serviceOrderChanged`. */
export const updateServiceOrderWorkflow = createWorkflow(
  updateServiceOrderWorkflowId,
  (input: UpdateServiceOrderWorkflowInput) => {
    loadServiceOrderForChangeStep({ service_order_id: input.id })
    const validate = createHook("validate", { input })
    const updated = updateServiceOrdersStep(
      transform({ input }, ({ input }) => [withoutAdditionalData(input)])
    )
    const serviceOrder = transform({ updated }, ({ updated }) => updated[0])
    const serviceOrderChanged = createHook("serviceOrderChanged", {
      service_order: serviceOrder,
      additional_data: input.additional_data,
    })
    emitEventStep({ eventName: ServiceManagementEvents.SERVICE_ORDER_UPDATED, data: { id: input.id } })
    return new WorkflowResponse(serviceOrder, { hooks: [validate, serviceOrderChanged] })
  }
)
