import type { TimelineEntry } from "../../../../../../types/http/timeline"
import { TimelineSource } from "./types"

const TITLES: Record<string, string> = { planned: "Visit planned", in_progress: "Visit under way", done: "Visit", cancelled: "Visit cancelled" }

/** The technicians' visits (assignments) on any of the object's service orders. One list. */
export const visitSource: TimelineSource = async ({ service, object }) => {
  const assignments = await service.listServiceAssignments(
    { service_order: { service_object_id: object.id } } as Parameters<typeof service.listServiceAssignments>[0],
    {
      relations: ["technician", "service_order"],
      select: ["id", "status", "starts_at", "ends_at", "note", "technician.first_name", "technician.last_name", "service_order.id", "service_order.number"],
    }
  )
  return assignments.map(
    (a): TimelineEntry => ({
      id: `visit:${a.id}`,
      kind: "visit",
      at: a.starts_at,
      title: TITLES[a.status] ?? "Visit",
      description: `For service order ${a.service_order.number}`,
      technician: a.technician ? { first_name: a.technician.first_name, last_name: a.technician.last_name ?? null } : null,
      internal_note: a.note ?? null,
      reference: { type: "service_order", id: a.service_order.id, label: a.service_order.number },
    })
  )
}
