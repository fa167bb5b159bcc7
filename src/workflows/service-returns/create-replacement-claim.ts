import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginClaimOrderWorkflow,
  confirmClaimRequestWorkflow,
  orderClaimAddNewItemWorkflow,
  orderClaimItemWorkflow,
} from "@medusajs/medusa/core-flows"
import { ReplacementItem } from "./steps/prepare-service-return-receipt"

export type CreateReplacementClaimInput = {
  order_id: string
  service_return_id: string
  service_return_number: string
  items: ReplacementItem[]
  created_by?: string
}

export const createReplacementClaimWorkflowId = "create-service-replacement-claim"
/**
 * Sends replacements for a service return's "replace" items as a Medusa claim of type `replace`
 * on the original order, the way Medusa's admin claim routes chain it: begin the claim, claim the
 * returned lines, add the same variants as outbound items at no charge, confirm. Stock, the
 * claim's fulfilment and the order's history are then Medusa's. Each part runs as a step, so a
 * later failure undoes them with Medusa's own compensations (order change reverted, claim, its
 * items and actions deleted). Returns the claim id.
 */
export const createReplacementClaimWorkflow = createWorkflow(createReplacementClaimWorkflowId, (input: CreateReplacementClaimInput) => {
  const change = beginClaimOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      type: "replace" as const,
      order_id: input.order_id,
      created_by: input.created_by,
      description: `Replacement for service return ${input.service_return_number}`,
      metadata: { service_return_id: input.service_return_id },
    })),
  })
  const claimId = transform({ change }, ({ change }) => change.claim_id as string)
  orderClaimItemWorkflow.runAsStep({
    input: transform({ input, claimId }, ({ input, claimId }) => ({
      claim_id: claimId,
      items: input.items.map((i) => ({ id: i.order_line_item_id, quantity: i.quantity, reason: "production_failure" as const })),
    })),
  })
  orderClaimAddNewItemWorkflow.runAsStep({
    input: transform({ input, claimId }, ({ input, claimId }) => ({
      claim_id: claimId,
      items: input.items.map((i) => ({
        ...(i.variant_id ? { variant_id: i.variant_id } : { title: i.title }),
        quantity: i.quantity,
        unit_price: 0,
        metadata: { service_return_item_id: i.id },
      })),
    })),
  })
  confirmClaimRequestWorkflow.runAsStep({
    input: transform({ input, claimId }, ({ input, claimId }) => ({ claim_id: claimId, confirmed_by: input.created_by })),
  })
  return new WorkflowResponse(claimId)
})
