import type { TimelineEntry, TimelineResponse } from "../../../../types/http/timeline"

export type TimelinePage = { limit: number; offset: number; before?: Date }

const time = (at: string | Date) => new Date(at).getTime()

/**
 * One timeline from the entries of all sources: newest first (equal times by id, so pages are
 * stable), only those before `before` when given (a cursor: the `at` of the last entry seen),
 * then `offset` and `limit`. `count` is the number of entries the cursor leaves.
 */
export function timelineView(entries: TimelineEntry[], page: TimelinePage): TimelineResponse {
  const before = page.before ? page.before.getTime() : Infinity
  const sorted = entries
    .filter((e) => time(e.at) < before)
    .sort((a, b) => time(b.at) - time(a.at) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
  return { timeline_entries: sorted.slice(page.offset, page.offset + page.limit), count: sorted.length, offset: page.offset, limit: page.limit }
}

/**
 * What the owner may see of their timeline: no staff-only entries, internal notes or amounts,
 * and a technician by first name only.
 */
export function storeTimelineEntries(entries: TimelineEntry[]): TimelineEntry[] {
  return entries
    .filter((e) => !e.staff_only)
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at,
      title: e.title,
      description: e.description ?? null,
      reference: e.reference ?? null,
      ...(e.technician ? { technician: { first_name: e.technician.first_name } } : {}),
    }))
}
