import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { withoutAdditionalData } from "../common/utils/without-additional-data"
import { prepareSubscriptionUpdateStep, UpdateServiceSubscriptionInput } from "./steps/prepare-subscription-update"
import { updateServiceSubscriptionsStep, updateSubscriptionCursorsStep } from "./steps/subscription-steps"

export type UpdateServiceSubscriptionWorkflowInput = UpdateServiceSubscriptionInput & AdditionalData

export const updateServiceSubscriptionWorkflowId = "update-service-subscription"
/**
 * Changes a subscription's description, amount (for periods not billed yet), end date, group,
 * agreement, variant or metadata. Hooks: `validate`, `serviceSubscriptionChanged`. Event: `service_subscription.updated`.
 */
export const updateServiceSubscriptionWorkflow = createWorkflow(
  updateServiceSubscriptionWorkflowId,
  (input: UpdateServiceSubscriptionWorkflowInput) => {
    const update = prepareSubscriptionUpdateStep(transform({ input }, ({ input }) => withoutAdditionalData(input)))
    const validate = createHook("validate", { input })
    const updated = updateServiceSubscriptionsStep(transform({ update }, ({ update }) => [update.update]))
    updateSubscriptionCursorsStep(transform({ update }, ({ update }) => update.cursors))
    // The hook sees the subscription with its cursor's fields at the top level, as the API answers it.
    const subscription = transform({ updated, update }, ({ updated, update }) => ({ ...updated[0], ...update.cursor }))
    const serviceSubscriptionChanged = createHook("serviceSubscriptionChanged", {
      service_subscription: subscription,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_SUBSCRIPTION_UPDATED,
      data: transform({ subscription }, ({ subscription }) => ({ id: subscription.id })),
    })
    return new WorkflowResponse(subscription, { hooks: [validate, serviceSubscriptionChanged] })
  }
)
