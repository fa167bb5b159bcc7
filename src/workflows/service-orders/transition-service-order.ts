import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { releaseOrderAssignmentsStep } from "../dispatch/steps/release-order-assignments"
import { ServiceManagementEvents } from "../events"
import { movedServiceOrderView } from "../../modules/service-management/utils/views/moved-service-order"
import { moveServiceOrderStageStep } from "./steps/move-service-order-stage"
import { planStageTransitionStep, PlanStageTransitionInput } from "./steps/plan-stage-transition"
import { lockServiceOrder } from "../common/steps/lock-record"
import { consumeAllowancesStep } from "../service-agreements/steps/consume-allowances"

export type TransitionServiceOrderWorkflowInput = PlanStageTransitionInput & AdditionalData

export const transitionServiceOrderWorkflowId = "transition-service-order"
/**
 * Moves a service order to another stage under the stage rules (allowed next stages, required
 * reason) if it is still in the stage the caller saw (`from_stage_code`, or unchanged since
 * `unchanged_since`; checked inside the order's lock, written as a compare-and-set), keeps the move as history and applies the stages' SLA actions (all written in one step and one transaction); entering the stage that resolves the SLA (`completed`) draws on the
 * agreement's allowances (visits or hours, see `consumeAllowancesStep`); entering a
 * cancellation stage cancels the order's visits that have not taken place. Returns the moved order
 * (`service_order`) as a read of `answer_fields` would answer it. Hooks: `validate`, `serviceOrderStageChanged`.
 * Event: `service_order.stage_changed`.
 */
export const transitionServiceOrderWorkflow = createWorkflow(
  transitionServiceOrderWorkflowId,
  (input: TransitionServiceOrderWorkflowInput) => {
    const lockKey = lockServiceOrder(input)
    const planned = planStageTransitionStep(input)
    // The plan without the order it read (with `answer_fields`: lines, history, …). Whatever a
    // step, hook, condition or transform is given is resolved and deep-copied for it, so the rest
    // take this and the order is copied once more only, for the answer.
    const plan = transform({ planned }, ({ planned }) => ({
      order: { id: planned.order.id, number: planned.order.number, customer_id: planned.order.customer_id },
      from: planned.from,
      to: planned.to,
      move: planned.move,
    }))
    const validate = createHook("validate", { input, from_stage: plan.from, to_stage: plan.to })
    // The move, its history row and its SLA events (the stages' SLA actions: e.g. entering
    // "scheduled" records the response) in one step and one transaction.
    const transition = moveServiceOrderStageStep(plan.move)
    // Finishing the work (the stage that resolves the SLA: `completed` by default) draws on the
    // agreement's allowances; a balance already spent leaves overage for posting.
    when("stage-completes-work", { plan }, ({ plan }) => plan.to.sla_action === "resolve").then(() => {
      consumeAllowancesStep(transform({ plan }, ({ plan }) => ({ service_order_id: plan.order.id })))
    })
    // A cancelled order frees the technicians' time it had booked.
    when("stage-cancels-order", { plan }, ({ plan }) => !!plan.to.is_cancellation).then(() => {
      releaseOrderAssignmentsStep(transform({ plan }, ({ plan }) => ({ service_order_id: plan.order.id })))
    })
    releaseLockStep({ key: lockKey })

    const serviceOrderStageChanged = createHook("serviceOrderStageChanged", {
      service_order_id: input.service_order_id,
      from_stage: plan.from,
      to_stage: plan.to,
      transition,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ORDER_STAGE_CHANGED,
      data: transform({ plan }, ({ plan }) => ({
        id: plan.order.id,
        number: plan.order.number,
        customer_id: plan.order.customer_id,
        from_stage: plan.from.code,
        to_stage: plan.to.code,
        customer_visible: plan.to.customer_visible,
        reason_code: plan.move.transition.reason_code,
        actor_type: plan.move.transition.actor_type,
        actor_id: plan.move.transition.actor_id,
      })),
    })
    return new WorkflowResponse(
      transform({ planned, transition }, ({ planned, transition }) => ({
        id: planned.order.id,
        from_stage: planned.from.code,
        to_stage: planned.to.code,
        // The order as moved, as a read of `answer_fields` would answer it: what a caller answers
        // without reading it again.
        service_order: movedServiceOrderView(planned.order, { to: planned.to, set: planned.move.set, at: planned.move.at }, transition),
      })),
      { hooks: [validate, serviceOrderStageChanged] }
    )
  }
)
