import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadNotificationOrder, notifyOrderCustomer, ServiceNotificationTemplates } from "../notifications/customer-notifications"
import { ServiceManagementEvents } from "../workflows/events"

type Payload = { id: string; channel: string }

/** Confirms a storefront service request to the customer (template `service-request-received`). */
export default async function serviceRequestReceived({ event, container }: SubscriberArgs<Payload>) {
  if (event.data.channel !== "storefront") {
    return
  }
  const order = await loadNotificationOrder(container, event.data.id)
  if (!order) {
    return
  }
  await notifyOrderCustomer(container, { order, template: ServiceNotificationTemplates.REQUEST_RECEIVED, event: event.name })
}

export const config: SubscriberConfig = {
  event: ServiceManagementEvents.SERVICE_ORDER_CREATED,
  context: { subscriberId: "service-management-request-received-notification" },
}
