import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadNotificationOrder, notifyCustomer, orderData, ServiceNotificationTemplates } from "../notifications/customer-notifications"

type Payload = { id: string; customer_id?: string; order_id?: string; service_order_id?: string | null }

/** The service_return columns the notification reads. */
type ReturnRow = {
  id: string
  number: string | null
  order_id: string | null
  customer_id: string | null
  service_order_id: string | null
  status: string | null
  received_at: Date | null
}

/** The customer-facing columns of a service return, read straight from its table. */
async function loadReturn(container: SubscriberArgs<Payload>["container"], id: string) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(`SELECT to_regclass('service_return') IS NOT NULL AS present`)
  if (!rows[0]?.present) {
    return null
  }
  const [row] = await pg("service_return").select("*").where({ id }).whereNull("deleted_at").limit(1)
  return (row as ReturnRow | undefined) ?? null
}

/**
 * Tells the customer their return for repair arrived (template `service-return-received`), with
 * the repair order it opened when there is one. Reads the return by its table so the notification
 * does not depend on how the returns feature is composed; a missing table or row sends nothing.
 */
export default async function serviceReturnReceived({ event, container }: SubscriberArgs<Payload>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ret = await loadReturn(container, event.data.id)
  if (!ret) {
    logger.info(`[service-management] service-return-received for ${event.data.id} skipped: no such service return`)
    return
  }
  const orderId: string | null = ret.order_id ?? event.data.order_id ?? null
  let customerId: string | null = ret.customer_id ?? event.data.customer_id ?? null
  if (!customerId && orderId) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["customer_id"], filters: { id: orderId } })
    customerId = (data[0] as { customer_id: string | null } | undefined)?.customer_id ?? null
  }
  if (!customerId) {
    logger.info(`[service-management] service-return-received for ${ret.id} skipped: the return names no customer`)
    return
  }
  const serviceOrderId: string | null = ret.service_order_id ?? event.data.service_order_id ?? null
  const serviceOrder = serviceOrderId ? await loadNotificationOrder(container, serviceOrderId) : null
  await notifyCustomer(container, {
    customer_id: customerId,
    template: ServiceNotificationTemplates.RETURN_RECEIVED,
    event: event.name,
    resource_type: "service_return",
    resource_id: ret.id,
    idempotency_key: `${ServiceNotificationTemplates.RETURN_RECEIVED}:${ret.id}`,
    data: {
      service_return: {
        id: ret.id,
        number: ret.number ?? null,
        order_id: orderId,
        status: ret.status ?? null,
        received_at: ret.received_at ?? null,
      },
      service_order: serviceOrder ? orderData(serviceOrder) : null,
    },
  })
}

// Emitted by the returns workflows when the goods arrive (DESIGN.md events).
export const config: SubscriberConfig = {
  event: "service_return.received",
  context: { subscriberId: "service-management-return-received-notification" },
}
