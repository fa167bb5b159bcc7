import type { TimelineEntry } from "../../../../../../types/http/timeline"
import { TimelineSource } from "./types"

/**
 * Returns for repair that took the object back: items naming it, or items of its order line with
 * no object named and its serial number or none (a replacement item names no object). Each
 * return's request and receipt, and the Medusa claim that sent its replacement. One list.
 */
export const returnSource: TimelineSource = async ({ service, object }) => {
  const items = await service.listServiceReturnItems(
    object.order_line_item_id ? { $or: [{ service_object_id: object.id }, { order_line_item_id: object.order_line_item_id }] } : { service_object_id: object.id },
    {
      relations: ["service_return"],
      select: [
        "id", "service_object_id", "serial_number", "disposition",
        "service_return.id", "service_return.number", "service_return.reason", "service_return.requested_at", "service_return.received_at", "service_return.replacement_claim_id",
      ],
    }
  )
  const mine = items.filter((i) => i.service_object_id === object.id || (!i.service_object_id && (!i.serial_number || i.serial_number === object.serial_number)))
  const entries = new Map<string, TimelineEntry>()
  for (const item of mine) {
    const r = item.service_return
    const reference = { type: "service_return" as const, id: r.id, label: r.number }
    entries.set(`return_requested:${r.id}`, { id: `return_requested:${r.id}`, kind: "return_requested", at: r.requested_at, title: `Return ${r.number} requested`, description: r.reason ?? null, reference })
    if (r.received_at) {
      entries.set(`return_received:${r.id}`, { id: `return_received:${r.id}`, kind: "return_received", at: r.received_at, title: `Return ${r.number} received`, reference })
    }
    if (item.disposition === "replace" && r.replacement_claim_id && r.received_at) {
      entries.set(`replacement_sent:${r.id}`, {
        id: `replacement_sent:${r.id}`,
        kind: "replacement_sent",
        at: r.received_at,
        title: "Replacement on its way",
        description: `Sent for return ${r.number}`,
        reference: { type: "claim", id: r.replacement_claim_id },
      })
    }
  }
  return [...entries.values()]
}
