import type { TimelineEntry } from "../../../../../../types/http/timeline"
import { TimelineSource } from "./types"

const END_REASONS: Record<string, string> = { returned: "the item was returned", order_canceled: "the order was cancelled" }

/** The warranty's start, its end (also when still ahead) or its early end: the object's own fields, no query. */
export const warrantySource: TimelineSource = async ({ object }) => {
  const entries: TimelineEntry[] = []
  if (object.warranty_starts_at) {
    entries.push({ id: `warranty_started:${object.id}`, kind: "warranty_started", at: object.warranty_starts_at, title: "Warranty started" })
  }
  if (object.warranty_ended_at) {
    const why = object.warranty_end_reason ? END_REASONS[object.warranty_end_reason] ?? object.warranty_end_reason : null
    entries.push({ id: `warranty_ended:${object.id}`, kind: "warranty_ended", at: object.warranty_ended_at, title: "Warranty ended early", description: why && `Ended because ${why}.` })
  } else if (object.warranty_end) {
    const past = new Date(object.warranty_end).getTime() <= Date.now()
    entries.push({ id: `warranty_ends:${object.id}`, kind: "warranty_ends", at: object.warranty_end, title: past ? "Warranty ended" : "Warranty ends" })
  }
  return entries
}
