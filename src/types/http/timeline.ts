import type { TimelineEntryKind } from "../enums"

/** The record an entry is about, for a link: a Medusa order or claim, or one of the plugin's. */
export type TimelineReference = {
  type: "order" | "fulfillment" | "claim" | "service_agreement" | "service_order" | "service_return"
  id: string
  /** The record's human number or name (SO-000001, #12). */
  label?: string | null
}

/**
 * One moment in a service object's life. `title` is words for people; the store answer keeps only
 * `id`, `kind`, `at`, `title`, `description`, `reference` and the technician's first name.
 */
export type TimelineEntry = {
  /** Stable per entry: `<kind>:<record id>`. */
  id: string
  kind: TimelineEntryKind
  at: string | Date
  title: string
  description?: string | null
  reference?: TimelineReference | null
  /** Who came (visits) or did the work (repairs). */
  technician?: { first_name: string; last_name?: string | null } | null
  /** Staff only: a stage move's or repair's note, a service order's internal note. */
  internal_note?: string | null
  /** Staff only, the whole entry (a move to a stage customers do not see). */
  staff_only?: boolean
  /** Staff only: what a completed service order earned and cost. */
  amounts?: { currency_code: string; revenue_total: number; cost_total: number } | null
}

/** `GET /admin|store/service-objects/:id/timeline`: newest first. */
export type TimelineResponse = {
  timeline_entries: TimelineEntry[]
  count: number
  offset: number
  limit: number
}
