import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { customerEstimate, loadServiceEstimates } from "../api/utils/service-estimates"
import { loadNotificationOrder, notifyOrderCustomer, ServiceNotificationTemplates } from "../notifications/customer-notifications"
import { ServiceManagementEvents } from "../workflows/events"

type Payload = { id: string; estimate_id: string; version: number }

const TEMPLATES: Record<string, string> = {
  [ServiceManagementEvents.SERVICE_ORDER_ESTIMATE_SENT]: ServiceNotificationTemplates.ESTIMATE_SENT,
  [ServiceManagementEvents.SERVICE_ORDER_ESTIMATE_ACCEPTED]: ServiceNotificationTemplates.ESTIMATE_ACCEPTED,
  [ServiceManagementEvents.SERVICE_ORDER_ESTIMATE_DECLINED]: ServiceNotificationTemplates.ESTIMATE_DECLINED,
}

/**
 * Tells the customer an estimate waits for their answer (with its lines, total and validity), and
 * confirms their acceptance or decline. The estimate is shown as the storefront shows it: no
 * costs, staff or internal notes.
 */
export default async function serviceEstimateNotifications({ event, container }: SubscriberArgs<Payload>) {
  const order = await loadNotificationOrder(container, event.data.id)
  if (!order) {
    return
  }
  const versions = (await loadServiceEstimates(container, [order.id])).get(order.id)
  await notifyOrderCustomer(container, {
    order,
    template: TEMPLATES[event.name],
    event: event.name,
    key: `${event.data.estimate_id}`,
    extra: { estimate: customerEstimate(versions?.filter((v) => v.id === event.data.estimate_id)) },
  })
}

export const config: SubscriberConfig = {
  event: Object.keys(TEMPLATES),
  context: { subscriberId: "service-management-estimate-notifications" },
}
