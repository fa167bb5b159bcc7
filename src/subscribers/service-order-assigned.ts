import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadNotificationOrder, notifyOrderCustomer, ServiceNotificationTemplates } from "../notifications/customer-notifications"

type Payload = { id: string; assignment_id: string; technician_id: string; starts_at: string; ends_at: string }

/**
 * Tells the customer who comes and when (template `service-order-technician-assigned`): the
 * technician's first name only, and the window of the assignment as it stands now.
 */
export default async function serviceOrderAssigned({ event, container }: SubscriberArgs<Payload>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [order, { data: assignments }] = await Promise.all([
    loadNotificationOrder(container, event.data.id),
    query.graph({
      entity: "service_assignment",
      fields: ["id", "starts_at", "ends_at", "status", "technician.first_name"],
      filters: { id: event.data.assignment_id, service_order_id: event.data.id },
    }),
  ])
  const assignment = assignments[0] as
    | { id: string; starts_at: Date; ends_at: Date; status: string; technician?: { first_name: string | null } | null }
    | undefined
  // Cancelled or removed before delivery: nothing to announce.
  if (!order || !assignment || assignment.status === "cancelled") {
    return
  }
  const window = { starts_at: new Date(assignment.starts_at), ends_at: new Date(assignment.ends_at) }
  await notifyOrderCustomer(container, {
    order,
    template: ServiceNotificationTemplates.TECHNICIAN_ASSIGNED,
    event: event.name,
    key: `${assignment.id}:${window.starts_at.toISOString()}:${window.ends_at.toISOString()}`,
    extra: { visit: { technician: { first_name: assignment.technician?.first_name ?? null }, ...window } },
  })
}

// Emitted by the dispatch workflows (DESIGN.md events).
export const config: SubscriberConfig = {
  event: "service_order.assigned",
  context: { subscriberId: "service-management-assigned-notification" },
}
