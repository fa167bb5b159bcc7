import { MedusaContainer } from "@medusajs/framework/types"
import ServiceManagementModuleService from "../../../../../../modules/service-management/service"
import type { TimelineEntry } from "../../../../../../types/http/timeline"

/** The object's own fields the sources start from (read once, by `loadTimeline`). */
export type TimelineObject = {
  id: string
  customer_id: string
  order_id: string | null
  order_line_item_id: string | null
  fulfillment_id: string | null
  serial_number: string | null
  warranty_starts_at: Date | null
  warranty_end: Date | null
  warranty_ended_at: Date | null
  warranty_end_reason: string | null
}

export type TimelineSourceContext = { container: MedusaContainer; service: ServiceManagementModuleService; object: TimelineObject }

/**
 * One kind of history: ONE query across the whole of the object's history (or none), turned into
 * entries. The number of queries of a timeline is then the number of sources, whatever the history.
 */
export type TimelineSource = (ctx: TimelineSourceContext) => Promise<TimelineEntry[]>

/** "in_progress" → "In progress": stage codes in words where no name is at hand. */
export const humanize = (code: string) => (code.charAt(0).toUpperCase() + code.slice(1)).replace(/_/g, " ")
