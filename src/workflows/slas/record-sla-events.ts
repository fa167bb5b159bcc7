import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { ServiceActor } from "../types"
import { recordSlaEventsStep, SlaEventInput } from "./steps/record-sla-events"
import { lockServiceOrder } from "../common/steps/lock-record"

export type RecordSlaEventsWorkflowInput = {
  service_order_id: string
  events: SlaEventInput[]
  actor: ServiceActor
} & AdditionalData

export const recordSlaEventsWorkflowId = "record-sla-events"
/**
 * Records SLA events staff report (pause with a reason, resume, a response or resolution),
 * refusing any that does not fit the log. Hooks: `validate`, `slaEventsRecorded`.
 * Event: `service_order.sla_changed`.
 */
export const recordSlaEventsWorkflow = createWorkflow(
  recordSlaEventsWorkflowId,
  (input: RecordSlaEventsWorkflowInput) => {
    // The same lock as stage moves: a move's automatic SLA events and staff's never interleave.
    const lockKey = lockServiceOrder(input)
    const validate = createHook("validate", { input })
    const recorded = recordSlaEventsStep({
      service_order_id: input.service_order_id,
      events: input.events,
      actor: input.actor,
    })
    releaseLockStep({ key: lockKey })
    const slaEventsRecorded = createHook("slaEventsRecorded", {
      service_order_id: input.service_order_id,
      events: recorded.events,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ORDER_SLA_CHANGED,
      data: transform({ input, recorded }, ({ input, recorded }) => ({
        id: input.service_order_id,
        events: recorded.events.map((e) => ({ type: e.type, metric: e.metric, reason_code: e.reason_code })),
      })),
    })
    return new WorkflowResponse(recorded, { hooks: [validate, slaEventsRecorded] })
  }
)
