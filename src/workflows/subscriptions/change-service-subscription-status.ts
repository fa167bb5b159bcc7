import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { planSubscriptionChangeStep } from "./steps/plan-subscription-change"
import {
  deleteFeeTransactionsStep,
  updateFeeTransactionsStep,
  updateServiceSubscriptionsStep,
  updateSubscriptionCursorsStep,
} from "./steps/subscription-steps"
import { SubscriptionAction } from "../../types/enums"
import { lockRecord } from "../common/steps/lock-record"

export type ChangeServiceSubscriptionStatusWorkflowInput = {
  id: string
  action: SubscriptionAction
  /** The day the change takes effect. */
  from: Date
  /** The status the caller saw: another status now → 409 naming it (checked inside the subscription's lock). */
  from_status?: string
} & AdditionalData

const EVENTS: Record<SubscriptionAction, string> = {
  pause: ServiceManagementEvents.SERVICE_SUBSCRIPTION_PAUSED,
  resume: ServiceManagementEvents.SERVICE_SUBSCRIPTION_RESUMED,
  cancel: ServiceManagementEvents.SERVICE_SUBSCRIPTION_CANCELLED,
}

export const changeServiceSubscriptionStatusWorkflowId = "change-service-subscription-status"
/**
 * Pauses, resumes or cancels a subscription from a day: active → paused → active, active or
 * paused → cancelled, only from the status the caller saw (`from_status`, checked inside the
 * subscription's lock; else 409 naming the status now). Fees of later periods are re-priced pro rata by days (pending ones change,
 * invoiced ones are credited). Hooks: `validate`, `serviceSubscriptionStatusChanged`.
 * Events: `service_subscription.paused|resumed|cancelled`.
 */
export const changeServiceSubscriptionStatusWorkflow = createWorkflow(
  changeServiceSubscriptionStatusWorkflowId,
  (input: ChangeServiceSubscriptionStatusWorkflowInput) => {
    const lockKey = lockRecord(input, "service_subscription", (i) => i.id, { timeout: 10, ttl: 60 })
    const plan = planSubscriptionChangeStep(input)
    const validate = createHook("validate", { input, plan })
    updateServiceSubscriptionsStep(transform({ plan }, ({ plan }) => [plan.update]))
    updateSubscriptionCursorsStep(transform({ plan }, ({ plan }) => [plan.cursor]))
    updateFeeTransactionsStep(transform({ plan }, ({ plan }) => plan.txUpdates as { id: string }[]))
    deleteFeeTransactionsStep(transform({ plan }, ({ plan }) => plan.txDeletes))
    releaseLockStep({ key: lockKey })
    const serviceSubscriptionStatusChanged = createHook("serviceSubscriptionStatusChanged", {
      id: input.id,
      action: input.action,
      from: input.from,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: transform({ input }, ({ input }) => EVENTS[input.action]),
      data: transform({ plan, input }, ({ plan, input }) => ({
        id: plan.subscription.id,
        number: plan.subscription.number,
        customer_id: plan.subscription.customer_id,
        from: input.from,
        credited_transaction_ids: plan.txUpdates.filter((t) => t.status === "credited").map((t) => t.id),
      })),
    })
    return new WorkflowResponse(
      transform({ plan }, ({ plan }) => ({ id: plan.subscription.id, status: plan.update.status })),
      { hooks: [validate, serviceSubscriptionStatusChanged] }
    )
  }
)
