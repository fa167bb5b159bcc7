import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { beginOrderEditOrderWorkflow, confirmOrderEditRequestWorkflow, orderEditAddNewItemWorkflow } from "@medusajs/medusa/core-flows"
import { PostingItem } from "../../modules/service-management/utils/posting"

export type AddItemsToPostedOrderWorkflowInput = { order_id: string; items: PostingItem[]; actor_id?: string | null }

export const addItemsToPostedOrderWorkflowId = "add-items-to-posted-order"
/**
 * Adds invoice lines to a Medusa order that already exists (the one an accepted estimate became)
 * through Medusa's own order edit — begun, the items added, confirmed — so the order's totals,
 * summary and history account for them as for any edit. Used by posting for what is only known
 * after the estimate was accepted (allowance overage).
 */
export const addItemsToPostedOrderWorkflow = createWorkflow(addItemsToPostedOrderWorkflowId, (input: AddItemsToPostedOrderWorkflowInput) => {
  beginOrderEditOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      created_by: input.actor_id ?? undefined,
      description: "Service order posting: allowance overage",
    })),
  })
  orderEditAddNewItemWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      items: input.items.map(({ title, quantity, unit_price, metadata }) => ({ title, quantity, unit_price, metadata })),
    })),
  })
  const order = confirmOrderEditRequestWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, confirmed_by: input.actor_id ?? undefined })),
  })
  return new WorkflowResponse(order)
})
