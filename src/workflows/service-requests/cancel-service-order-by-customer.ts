import { AdditionalData } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transitionServiceOrderWorkflow } from "../service-orders/transition-service-order"
import { prepareCustomerCancellationStep } from "./steps/prepare-customer-cancellation"

export type CancelServiceOrderByCustomerWorkflowInput = {
  service_order_id: string
  customer_id: string
  /** The customer's words, kept on the stage history. */
  note?: string | null
} & AdditionalData

export const cancelServiceOrderByCustomerWorkflowId = "cancel-service-order-by-customer"
/**
 * A customer cancels their own order: only while its stage has `allow_customer_cancel` and the
 * stage rules let it move to the cancellation stage. Runs the stage transition workflow with the
 * customer as actor, so its hooks (`validate`, `serviceOrderStageChanged`) and its event
 * `service_order.stage_changed` apply.
 */
export const cancelServiceOrderByCustomerWorkflow = createWorkflow(
  cancelServiceOrderByCustomerWorkflowId,
  (input: CancelServiceOrderByCustomerWorkflowInput) => {
    const prepared = prepareCustomerCancellationStep(input)
    const moved = transitionServiceOrderWorkflow.runAsStep({
      input: transform({ input, prepared }, ({ input, prepared }) => ({
        service_order_id: prepared.service_order_id,
        to_cancellation: true,
        require_action: "customer_cancel" as const,
        reason_code: prepared.reason_code,
        note: input.note ?? null,
        actor: { type: "customer" as const, id: input.customer_id },
        additional_data: input.additional_data,
      })),
    })
    return new WorkflowResponse(moved)
  }
)
