import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { ServiceActor } from "../types"
import { createServiceReturnStep, ServiceReturnItemInput, validateServiceReturnItemsStep } from "./steps/service-return-steps"

export type CreateServiceReturnWorkflowInput = {
  order_id: string
  reason?: string | null
  channel?: "admin" | "storefront"
  items: ServiceReturnItemInput[]
  /** Set for a customer's own request: the order must be theirs and within the return window of its creation. */
  customer_id?: string
  /** Overrides the plugin's return window (`returns.windowDays`) for a customer's request. */
  window_days?: number
  metadata?: Record<string, unknown> | null
  actor?: ServiceActor
} & AdditionalData

export const createServiceReturnWorkflowId = "create-service-return"
/**
 * Requests a return for repair of items of a Medusa order (status `requested`). Items must be
 * lines of the order with enough quantity left to return. Hooks: `validate`, `serviceReturnCreated`.
 * Event: `service_return.created`.
 */
export const createServiceReturnWorkflow = createWorkflow(createServiceReturnWorkflowId, (input: CreateServiceReturnWorkflowInput) => {
  const order = validateServiceReturnItemsStep(transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      items: input.items,
      customer_id: input.customer_id,
      window_days: input.window_days,
    })))
  const validate = createHook("validate", { input, order })
  const created = createServiceReturnStep(
    transform({ input, order }, ({ input, order }) => ({
      order_id: input.order_id,
      customer_id: order.customer_id,
      reason: input.reason,
      channel: input.channel ?? "admin",
      items: input.items,
      actor: input.actor,
      metadata: input.metadata,
    }))
  )
  const serviceReturnCreated = createHook("serviceReturnCreated", { service_return: created, additional_data: input.additional_data })
  emitEventStep({
    eventName: ServiceManagementEvents.SERVICE_RETURN_CREATED,
    data: transform({ created, order }, ({ created, order }) => ({ id: created.id, order_id: order.id, customer_id: order.customer_id })),
  })
  return new WorkflowResponse(created, { hooks: [validate, serviceReturnCreated] })
})
