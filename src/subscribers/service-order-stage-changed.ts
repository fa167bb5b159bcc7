import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadNotificationOrder, notifyOrderCustomer, ServiceNotificationTemplates } from "../notifications/customer-notifications"
import { ServiceManagementEvents } from "../workflows/events"

type Payload = { id: string; from_stage: string | null; to_stage: string; customer_visible: boolean }

/**
 * Tells the customer their order moved to a stage marked `customer_visible` (template
 * `service-order-stage-changed`); moves into internal stages are not announced.
 */
export default async function serviceOrderStageChanged({ event, container }: SubscriberArgs<Payload>) {
  if (event.data.customer_visible === false) {
    return
  }
  const order = await loadNotificationOrder(container, event.data.id)
  // A later move may have happened before this delivery: announce only the stage the order is in.
  if (!order || order.stage.code !== event.data.to_stage) {
    return
  }
  await notifyOrderCustomer(container, {
    order,
    template: ServiceNotificationTemplates.STAGE_CHANGED,
    event: event.name,
    key: `${order.stage.code}:${new Date(order.stage_changed_at ?? 0).toISOString()}`,
    extra: { from_stage_code: event.data.from_stage, to_stage: order.stage },
  })
}

export const config: SubscriberConfig = {
  event: ServiceManagementEvents.SERVICE_ORDER_STAGE_CHANGED,
  context: { subscriberId: "service-management-stage-changed-notification" },
}
