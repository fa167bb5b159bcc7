import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createOrderWorkflow,
  emitEventStep,
  releaseLockStep,
  reserveInventoryStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { inventoryReservations } from "../../modules/service-management/utils/posting"
import { ServiceManagementEvents } from "../events"
import { ServiceActor } from "../types"
import { addItemsToPostedOrderWorkflow } from "./add-items-to-posted-order"
import { claimServiceOrderPostingStep } from "./steps/claim-service-order-posting"
import { prepareServiceOrderPostingStep } from "./steps/prepare-service-order-posting"
import { lockServiceOrder } from "../common/steps/lock-record"

export type PostServiceOrderWorkflowInput = {
  service_order_id: string
  actor: ServiceActor
} & AdditionalData

const INVENTORY_FIELDS = [
  "id",
  "sales_channel_id",
  // `items.*`: the quantity lives on the order item detail, which only the wildcard brings along.
  "items.*",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "items.variant.inventory_items.inventory.location_levels.location_id",
  "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
  "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
]

export const postServiceOrderWorkflowId = "post-service-order"
/**
 * Posts a service order: creates a Medusa order for the customer with one line per billable
 * line (in the order's currency, in the customer's region), reserves stock for stock-managed
 * items, links it, marks the service order posted (read-only from then on). When the customer
 * accepted an estimate, its order (converted from the estimate's draft order) is the one linked
 * and no order is created; allowance overage, known only once the work was completed, is added
 * to that order by a Medusa order edit.
 *
 * Exactly once: a lock per service order serialises posts and stage moves, the claim is a
 * conditional UPDATE (`posted_at IS NULL`) that already names the Medusa order's id, and
 * `posted_order_id` is unique in Postgres. If any later step or the `serviceOrderPosted` hook
 * fails, compensation deletes the Medusa order and its reservations and unposts the service order;
 * if the process dies between the claim and the order, the next post resumes with the same id.
 *
 * Hooks: `validate` (before anything is written), `serviceOrderPosted` (after the Medusa order
 * exists; throwing there rolls the whole posting back). Event: `service_order.posted`.
 */
export const postServiceOrderWorkflow = createWorkflow(postServiceOrderWorkflowId, (input: PostServiceOrderWorkflowInput) => {
  const lockKey = lockServiceOrder(input, { timeout: 30, ttl: 120 })
  const posting = prepareServiceOrderPostingStep({ service_order_id: input.service_order_id })
  const validate = createHook("validate", { input, service_order: posting.service_order, order_input: posting.order_input })
  // Before the claim: a post that dies after the edit finds the items there when run again.
  when("posting-adds-to-estimate-order", { posting }, ({ posting }) => posting.estimate_order_items.length > 0).then(() => {
    addItemsToPostedOrderWorkflow.runAsStep({
      input: transform({ posting, input }, ({ posting, input }) => ({
        order_id: posting.estimate_order_id!,
        items: posting.estimate_order_items,
        actor_id: input.actor.id ?? null,
      })),
    })
  })
  claimServiceOrderPostingStep(
    transform({ posting, input }, ({ posting, input }) => ({
      id: posting.service_order.id,
      number: posting.service_order.number,
      posted_by: input.actor.id ?? null,
      order_id: posting.order_id,
      abandoned_order_id: posting.abandoned_order_id,
    }))
  )

  const order = when("posting-creates-medusa-order", { posting }, ({ posting }) => !!posting.order_input).then(() => {
    return createOrderWorkflow.runAsStep({ input: transform({ posting }, ({ posting }) => posting.order_input!) })
  })

  when("posting-reserves-inventory", { posting, order }, ({ posting, order }) => !!order && posting.reserve_inventory).then(() => {
    const orderId = transform({ order }, ({ order }) => order!.id)
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: INVENTORY_FIELDS,
      filters: { id: orderId },
    }).config({ name: "posted-order-inventory" })
    const salesChannelId = transform({ orders }, ({ orders }) => orders[0]?.sales_channel_id ?? "")
    const { data: channels } = useQueryGraphStep({
      entity: "sales_channel",
      fields: ["id", "stock_locations.id"],
      filters: { id: salesChannelId },
    }).config({ name: "posted-order-channel-locations" })
    reserveInventoryStep(
      transform({ orders, channels }, ({ orders, channels }) => ({
        items: inventoryReservations(
          orders[0]?.items ?? [],
          ((channels[0]?.stock_locations ?? []) as { id: string }[]).map((l) => l.id)
        ),
      }))
    )
  })

  const serviceOrderPosted = createHook("serviceOrderPosted", {
    service_order_id: input.service_order_id,
    order,
    additional_data: input.additional_data,
  })
  releaseLockStep({ key: lockKey })

  const result = transform({ posting, order }, ({ posting, order }) => ({
    id: posting.service_order.id,
    number: posting.service_order.number,
    customer_id: posting.service_order.customer_id,
    order_id: order?.id ?? posting.estimate_order_id,
  }))
  emitEventStep({ eventName: ServiceManagementEvents.SERVICE_ORDER_POSTED, data: result })
  return new WorkflowResponse(result, { hooks: [validate, serviceOrderPosted] })
})
