import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, createOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockServiceOrder } from "../common/steps/lock-record"
import { recordSlaEventsStep } from "../slas/steps/record-sla-events"
import { ServiceActor } from "../types"
import { prepareServiceEstimateDraftStep } from "./steps/prepare-estimate-draft"
import { createServiceEstimatesStep, updateServiceEstimatesStep } from "./steps/service-estimate-steps"

export type DraftServiceEstimateWorkflowInput = {
  service_order_id: string
  valid_until?: Date | string | null
  actor: ServiceActor
} & AdditionalData

/** The SLA pause reason while an estimate waits for the customer. */
export const ESTIMATE_SLA_REASON = "estimate"

export const draftServiceEstimateWorkflowId = "draft-service-estimate"
/**
 * Drafts a new estimate version from the order's billable lines: a Medusa draft order (Medusa's
 * quote) for the customer, linked by the estimate row. The version it replaces is superseded (or
 * marked expired); if it was waiting for the customer the SLA clock resumes, and if it was
 * accepted its order is cancelled, so a changed estimate needs a new acceptance. Under the order's
 * lock. Hooks: `validate`, `serviceEstimateDrafted`.
 */
export const draftServiceEstimateWorkflow = createWorkflow(draftServiceEstimateWorkflowId, (input: DraftServiceEstimateWorkflowInput) => {
  const lockKey = lockServiceOrder(input)
  const draft = prepareServiceEstimateDraftStep(input)
  const validate = createHook("validate", { input, service_order: draft.service_order, draft_order_input: draft.draft_order_input })

  when("estimate-replaces-version", { draft }, ({ draft }) => !!draft.replaced).then(() => {
    updateServiceEstimatesStep(transform({ draft }, ({ draft }) => [{ id: draft.replaced!.id, status: draft.replaced!.status }]))
  })
  when("replaced-estimate-was-waiting", { draft }, ({ draft }) => !!draft.replaced?.was_waiting).then(() => {
    recordSlaEventsStep({
      service_order_id: input.service_order_id,
      hold: { action: "resume", reason_code: ESTIMATE_SLA_REASON },
      actor: input.actor,
    })
  })
  const draftOrder = createOrderWorkflow.runAsStep({ input: draft.draft_order_input })
  const created = createServiceEstimatesStep(
    transform({ draft, draftOrder, input }, ({ draft, draftOrder, input }) => [
      {
        service_order_id: draft.service_order.id,
        version: draft.version,
        draft_order_id: draftOrder.id,
        currency_code: draft.service_order.currency_code,
        valid_until: draft.valid_until,
        created_by: input.actor.id ?? null,
      },
    ])
  )
  const estimate = transform({ created }, ({ created }) => created[0])
  // Last: a cancelled Medusa order cannot be un-cancelled by compensation.
  when("replaced-estimate-was-accepted", { draft }, ({ draft }) => !!draft.replaced?.accepted_order_id).then(() => {
    cancelOrderWorkflow.runAsStep({
      input: transform({ draft, input }, ({ draft, input }) => ({
        order_id: draft.replaced!.accepted_order_id!,
        canceled_by: input.actor.id ?? undefined,
      })),
    })
  })
  releaseLockStep({ key: lockKey })

  const serviceEstimateDrafted = createHook("serviceEstimateDrafted", {
    service_order_id: input.service_order_id,
    estimate,
    draft_order: draftOrder,
    additional_data: input.additional_data,
  })
  return new WorkflowResponse(estimate, { hooks: [validate, serviceEstimateDrafted] })
})
