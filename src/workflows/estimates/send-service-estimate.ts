import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockServiceOrder } from "../common/steps/lock-record"
import { ServiceManagementEvents } from "../events"
import { recordSlaEventsStep } from "../slas/steps/record-sla-events"
import { ServiceActor } from "../types"
import { ESTIMATE_SLA_REASON } from "./draft-service-estimate"
import { prepareServiceEstimateSendStep } from "./steps/prepare-estimate-send"
import { updateServiceEstimatesStep } from "./steps/service-estimate-steps"

export type SendServiceEstimateWorkflowInput = {
  service_order_id: string
  valid_until?: Date | string | null
  actor: ServiceActor
} & AdditionalData

export const sendServiceEstimateWorkflowId = "send-service-estimate"
/**
 * Sends the order's draft estimate to the customer, valid until a date, and pauses the SLA clock
 * while it waits for the answer (reason `estimate`). Hooks: `validate`, `serviceEstimateSent`.
 * Event: `service_order.estimate_sent`.
 */
export const sendServiceEstimateWorkflow = createWorkflow(sendServiceEstimateWorkflowId, (input: SendServiceEstimateWorkflowInput) => {
  const lockKey = lockServiceOrder(input)
  const prepared = prepareServiceEstimateSendStep(
    transform({ input }, ({ input }) => ({
      service_order_id: input.service_order_id,
      valid_until: input.valid_until,
      sent_by: input.actor.id ?? null,
    }))
  )
  const validate = createHook("validate", { input, service_order: prepared.service_order })
  const updated = updateServiceEstimatesStep(transform({ prepared }, ({ prepared }) => [prepared.update]))
  recordSlaEventsStep({
    service_order_id: input.service_order_id,
    hold: { action: "pause", reason_code: ESTIMATE_SLA_REASON },
    actor: input.actor,
  })
  releaseLockStep({ key: lockKey })

  const estimate = transform({ updated }, ({ updated }) => updated[0])
  const serviceEstimateSent = createHook("serviceEstimateSent", {
    service_order_id: input.service_order_id,
    estimate,
    additional_data: input.additional_data,
  })
  emitEventStep({
    eventName: ServiceManagementEvents.SERVICE_ORDER_ESTIMATE_SENT,
    data: transform({ prepared }, ({ prepared }) => ({
      id: prepared.service_order.id,
      number: prepared.service_order.number,
      customer_id: prepared.service_order.customer_id,
      estimate_id: prepared.update.id,
      version: prepared.version,
      valid_until: prepared.update.valid_until,
    })),
  })
  return new WorkflowResponse(estimate, { hooks: [validate, serviceEstimateSent] })
})
