import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { withoutAdditionalData } from "../common/utils/without-additional-data"
import { prepareServiceSubscriptionStep, ServiceSubscriptionInput } from "./steps/prepare-service-subscription"
import { createServiceSubscriptionsStep, createSubscriptionCursorsStep } from "./steps/subscription-steps"

export type CreateServiceSubscriptionWorkflowInput = ServiceSubscriptionInput & AdditionalData

export const createServiceSubscriptionWorkflowId = "create-service-subscription"
/**
 * Creates a numbered subscription (SUB-000001), active from its start date, with its billing
 * cursor on the first period. Hooks: `validate`, `serviceSubscriptionCreated`. Event: `service_subscription.created`.
 */
export const createServiceSubscriptionWorkflow = createWorkflow(
  createServiceSubscriptionWorkflowId,
  (input: CreateServiceSubscriptionWorkflowInput) => {
    const prepared = prepareServiceSubscriptionStep(transform({ input }, ({ input }) => withoutAdditionalData(input)))
    const validate = createHook("validate", {
      input,
      subscription: transform({ prepared }, ({ prepared }) => ({ ...prepared.subscription, ...prepared.cursor })),
    })
    const cursors = createSubscriptionCursorsStep(transform({ prepared }, ({ prepared }) => [prepared.cursor]))
    const created = createServiceSubscriptionsStep(
      transform({ prepared, cursors }, ({ prepared, cursors }) => [{ ...prepared.subscription, cursor_id: cursors[0].id }])
    )
    const subscription = transform({ created, prepared }, ({ created, prepared }) => ({ ...created[0], ...prepared.cursor }))
    const serviceSubscriptionCreated = createHook("serviceSubscriptionCreated", {
      service_subscription: subscription,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_SUBSCRIPTION_CREATED,
      data: transform({ subscription }, ({ subscription }) => ({
        id: subscription.id,
        number: subscription.number,
        customer_id: subscription.customer_id,
      })),
    })
    return new WorkflowResponse(subscription, { hooks: [validate, serviceSubscriptionCreated] })
  }
)
