import type { TimelineEntry } from "../../../../../../types/http/timeline"
import { TimelineSource } from "./types"

/**
 * Coverage by the customer's service agreements with a line for this object (or for any of the
 * customer's objects): when it began and when it ended or ends. Drafts cover nothing yet. One list.
 */
export const agreementSource: TimelineSource = async ({ service, object }) => {
  const agreements = await service.listServiceAgreements(
    { customer_id: object.customer_id, is_template: false, status: ["active", "suspended", "expired", "cancelled"] },
    { relations: ["lines"], select: ["id", "number", "name", "status", "valid_from", "valid_to", "activated_at", "expired_at", "cancelled_at", "lines.service_object_id"] }
  )
  const entries: TimelineEntry[] = []
  for (const a of agreements) {
    if (!(a.lines ?? []).some((l) => !l.service_object_id || l.service_object_id === object.id)) {
      continue
    }
    const reference = { type: "service_agreement" as const, id: a.id, label: a.number }
    entries.push({ id: `agreement_started:${a.id}`, kind: "agreement_started", at: a.activated_at ?? a.valid_from, title: `Covered by agreement ${a.number}`, description: a.name, reference })
    const end = a.cancelled_at ?? a.expired_at ?? a.valid_to
    if (end) {
      const ahead = !a.cancelled_at && !a.expired_at && new Date(end).getTime() > Date.now()
      entries.push({ id: `agreement_ends:${a.id}`, kind: "agreement_ends", at: end, title: `${ahead ? "Coverage by" : "Coverage ended:"} agreement ${a.number}${ahead ? " ends" : ""}`, reference })
    }
  }
  return entries
}
