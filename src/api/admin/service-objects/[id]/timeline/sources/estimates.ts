import type { TimelineEntry } from "../../../../../../types/http/timeline"
import { TimelineSource } from "./types"

// A version a newer one replaced keeps its answer's time but no longer says which answer it was.
const ANSWERS = {
  accepted: ["estimate_accepted", "Estimate accepted"],
  declined: ["estimate_declined", "Estimate declined"],
  superseded: ["estimate_answered", "Estimate answered"],
} as const

/**
 * Repair estimates for the object's service orders: each sent version (drafts are staff work, not
 * history) and the customer's answer with their note. One list, through the estimates' service order.
 */
export const estimateSource: TimelineSource = async ({ service, object }) => {
  const estimates = await service.listServiceEstimates(
    { service_order: { service_object_id: object.id } } as Record<string, unknown>,
    { relations: ["service_order"], select: ["id", "version", "sent_at", "valid_until", "answered_at", "answer_note", "status", "service_order.id", "service_order.number"] }
  )
  const entries: TimelineEntry[] = []
  for (const e of estimates) {
    const reference = { type: "service_order" as const, id: e.service_order.id, label: e.service_order.number }
    if (e.sent_at) {
      const until = e.valid_until ? ` (valid until ${new Date(e.valid_until).toISOString().slice(0, 10)})` : ""
      entries.push({ id: `estimate_sent:${e.id}`, kind: "estimate_sent", at: e.sent_at, title: `Estimate v${e.version} sent`, description: `For ${e.service_order.number}${until}`, reference })
    }
    if (e.answered_at) {
      const [kind, title] = ANSWERS[e.status as keyof typeof ANSWERS] ?? ANSWERS.superseded
      entries.push({ id: `${kind}:${e.id}`, kind, at: e.answered_at, title, description: e.answer_note ?? null, reference })
    }
  }
  return entries
}
