import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { TimelineEntry } from "../../../../../../types/http/timeline"
import { TimelineSource } from "./types"

type PurchaseOrder = {
  id: string
  display_id: number | string
  created_at: Date
  fulfillments?: { id: string; created_at: Date; delivered_at: Date | null; canceled_at: Date | null; items?: { line_item_id: string | null }[] }[]
}

/**
 * The Medusa order the object was bought on, and the fulfilment (and delivery) that shipped it:
 * the one it was registered from, else those carrying its order line. One query.graph.
 */
export const purchaseSource: TimelineSource = async ({ container, object }) => {
  if (!object.order_id) {
    return []
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id", "display_id", "created_at",
      "fulfillments.id", "fulfillments.created_at", "fulfillments.delivered_at", "fulfillments.canceled_at", "fulfillments.items.line_item_id",
    ],
    filters: { id: object.order_id },
  })
  const order = data[0] as PurchaseOrder | undefined
  if (!order) {
    return []
  }
  const reference = { type: "order" as const, id: order.id, label: `#${order.display_id}` }
  const entries: TimelineEntry[] = [{ id: `purchased:${order.id}`, kind: "purchased", at: order.created_at, title: `Bought on order #${order.display_id}`, reference }]
  const shipped = (order.fulfillments ?? []).filter((f) =>
    !f.canceled_at && (object.fulfillment_id ? f.id === object.fulfillment_id : (f.items ?? []).some((i) => i.line_item_id === object.order_line_item_id))
  )
  for (const f of shipped) {
    entries.push({ id: `fulfilled:${f.id}`, kind: "fulfilled", at: f.created_at, title: "Shipped", reference })
    if (f.delivered_at) {
      entries.push({ id: `delivered:${f.id}`, kind: "delivered", at: f.delivered_at, title: "Delivered", reference })
    }
  }
  return entries
}
