import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { convertDraftOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockServiceOrder } from "../common/steps/lock-record"
import { ServiceManagementEvents } from "../events"
import { transitionServiceOrderWorkflow } from "../service-orders/transition-service-order"
import { recordSlaEventsStep } from "../slas/steps/record-sla-events"
import { ESTIMATE_SLA_REASON } from "./draft-service-estimate"
import { prepareServiceEstimateAnswerStep, PrepareEstimateAnswerInput } from "./steps/prepare-estimate-answer"
import { updateServiceEstimatesStep } from "./steps/service-estimate-steps"

export type AnswerServiceEstimateWorkflowInput = PrepareEstimateAnswerInput & AdditionalData

export const answerServiceEstimateWorkflowId = "answer-service-estimate"
/**
 * The customer accepts or declines the estimate waiting on their order (with a note), once, while
 * it is valid. The SLA clock paused for it resumes. Accepting converts the estimate's Medusa draft
 * order into an order (`convertDraftOrderWorkflow`: stock reserved, `order.placed`) — the invoice
 * order that posting the service order later links instead of creating one. Declining moves the
 * order to the configured stage through the stage transition workflow (its hooks and event apply).
 * Hooks: `validate`, `serviceEstimateAnswered`. Events: `service_order.estimate_accepted` or
 * `service_order.estimate_declined`.
 */
export const answerServiceEstimateWorkflow = createWorkflow(answerServiceEstimateWorkflowId, (input: AnswerServiceEstimateWorkflowInput) => {
  const lockKey = lockServiceOrder(input)
  const prepared = prepareServiceEstimateAnswerStep(input)
  const validate = createHook("validate", { input, service_order: prepared.service_order, estimate: prepared.estimate })
  const updated = updateServiceEstimatesStep(transform({ prepared }, ({ prepared }) => [prepared.update]))
  recordSlaEventsStep({
    service_order_id: input.service_order_id,
    hold: { action: "resume", reason_code: ESTIMATE_SLA_REASON },
    actor: transform({ input }, ({ input }) => ({ type: "customer" as const, id: input.customer_id })),
  })
  const order = when("estimate-accepted", { input }, ({ input }) => input.answer === "accept").then(() =>
    convertDraftOrderWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({ id: prepared.estimate.draft_order_id })),
    })
  )
  // The stage move takes the order's lock itself.
  releaseLockStep({ key: lockKey })
  when("estimate-declined-moves-order", { prepared }, ({ prepared }) => !!prepared.decline_move).then(() => {
    transitionServiceOrderWorkflow.runAsStep({
      input: transform({ prepared, input }, ({ prepared, input }) => ({
        service_order_id: prepared.service_order.id,
        to_stage: prepared.decline_move!.to_stage,
        reason_code: prepared.decline_move!.reason_code,
        note: input.note ?? null,
        actor: { type: "customer" as const, id: input.customer_id },
      })),
    })
  })

  const estimate = transform({ updated }, ({ updated }) => updated[0])
  const serviceEstimateAnswered = createHook("serviceEstimateAnswered", {
    service_order_id: input.service_order_id,
    estimate,
    order,
    additional_data: input.additional_data,
  })
  const payload = transform({ prepared, input }, ({ prepared, input }) => ({
    id: prepared.service_order.id,
    number: prepared.service_order.number,
    customer_id: prepared.service_order.customer_id,
    estimate_id: prepared.estimate.id,
    version: prepared.estimate.version,
    order_id: input.answer === "accept" ? prepared.estimate.draft_order_id : null,
    moved_to_stage: prepared.decline_move?.to_stage ?? null,
  }))
  when("estimate-accepted-event", { input }, ({ input }) => input.answer === "accept").then(() => {
    emitEventStep({ eventName: ServiceManagementEvents.SERVICE_ORDER_ESTIMATE_ACCEPTED, data: payload }).config({
      name: "emit-estimate-accepted",
    })
  })
  when("estimate-declined-event", { input }, ({ input }) => input.answer === "decline").then(() => {
    emitEventStep({ eventName: ServiceManagementEvents.SERVICE_ORDER_ESTIMATE_DECLINED, data: payload }).config({
      name: "emit-estimate-declined",
    })
  })
  return new WorkflowResponse(estimate, { hooks: [validate, serviceEstimateAnswered] })
})
