import { MedusaContainer } from "@medusajs/framework/types"
import { SERVICE_MANAGEMENT_MODULE } from "../../../../../modules/service-management"
import ServiceManagementModuleService from "../../../../../modules/service-management/service"
import type { TimelineEntry } from "../../../../../types/http/timeline"
import { notFound } from "../../../../../workflows/common/utils/load-record"
import { TIMELINE_SOURCES } from "./sources"
import { TimelineObject } from "./sources/types"

/**
 * Every entry of one service object's timeline, unsorted: the object (one query; `customer_id`
 * limits it to that customer's object, another's is "not found"), then all sources at once —
 * a fixed number of queries whatever the object's history.
 */
export async function loadTimelineEntries(container: MedusaContainer, id: string, customer_id?: string): Promise<TimelineEntry[]> {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const [object] = await service.listServiceObjects(
    { id, ...(customer_id ? { customer_id } : {}) },
    {
      select: [
        "id", "customer_id", "order_id", "order_line_item_id", "fulfillment_id", "serial_number",
        "warranty_starts_at", "warranty_end", "warranty_ended_at", "warranty_end_reason",
      ],
    }
  )
  if (!object) {
    throw notFound("Service object", id)
  }
  const ctx = { container, service, object: object as unknown as TimelineObject }
  return (await Promise.all(TIMELINE_SOURCES.map((source) => source(ctx)))).flat()
}
