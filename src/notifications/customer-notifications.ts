import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../modules/service-management"
import ServiceManagementModuleService from "../modules/service-management/service"
import { findServiceOrder } from "../workflows/common/utils/load-record"
import { notificationBatch } from "./notification-batch"

/** Template ids the plugin sends; a host's email provider maps them to its own templates. */
export const ServiceNotificationTemplates = {
  REQUEST_RECEIVED: "service-request-received",
  STAGE_CHANGED: "service-order-stage-changed",
  TECHNICIAN_ASSIGNED: "service-order-technician-assigned",
  RETURN_RECEIVED: "service-return-received",
  ESTIMATE_SENT: "service-order-estimate-sent",
  ESTIMATE_ACCEPTED: "service-order-estimate-accepted",
  ESTIMATE_DECLINED: "service-order-estimate-declined",
} as const

const CUSTOMER_FIELDS = ["id", "email", "first_name", "last_name"]

type NotifiedCustomer = { id: string; email: string | null; first_name: string | null; last_name: string | null }

// What a template may show of a service order: the customer-safe fields only.
const ORDER_FIELDS = [
  "id",
  "number",
  "title",
  "description",
  "customer_id",
  "preferred_start",
  "preferred_end",
  "response_due_at",
  "resolution_due_at",
  "stage_changed_at",
  "stage.code",
  "stage.name",
  "service_object.name",
  "service_object.serial_number",
  // Whom to send to, read with the order: the send then needs no read of its own.
  ...CUSTOMER_FIELDS.map((f) => `customer.${f}`),
]

export type NotificationOrder = {
  id: string
  number: string
  title: string | null
  description: string | null
  customer_id: string
  preferred_start: Date | null
  preferred_end: Date | null
  response_due_at: Date | null
  resolution_due_at: Date | null
  stage_changed_at: Date | null
  stage: { code: string; name: string }
  service_object: { name: string; serial_number: string | null } | null
  /** Absent when the customer is gone. */
  customer?: NotifiedCustomer
}

/** A service order as templates get it (no costs, notes or actors); null when it is gone. */
export async function loadNotificationOrder(container: MedusaContainer, id: string): Promise<NotificationOrder | null> {
  return (await findServiceOrder(container, id, ORDER_FIELDS)) as unknown as NotificationOrder | null
}

/** The order part of every template's data. */
export function orderData(o: NotificationOrder) {
  return {
    id: o.id,
    number: o.number,
    title: o.title,
    description: o.description,
    preferred_start: o.preferred_start,
    preferred_end: o.preferred_end,
    response_due_at: o.response_due_at,
    resolution_due_at: o.resolution_due_at,
    stage: { code: o.stage.code, name: o.stage.name },
    service_object: o.service_object ? { name: o.service_object.name, serial_number: o.service_object.serial_number } : null,
  }
}

export type CustomerNotification = {
  customer_id: string
  template: string
  /** The event that caused it, kept as the notification's trigger_type. */
  event: string
  resource_type: string
  resource_id: string
  /** Makes a redelivered event send nothing twice (Medusa's notification module checks it). */
  idempotency_key: string
  data: Record<string, unknown>
  /** The customer when the caller read it already (null: read and gone); read here otherwise. */
  customer?: NotifiedCustomer | null
}

/**
 * Sends one notification to a customer through Medusa's notification module on the configured
 * channel (plugin option `notifications`, default "email"). A customer without an email address,
 * disabled notifications or a missing customer are skipped with a log line: a notification must
 * never fail the work that caused it. Sent in batches with others asked for at the same time
 * (`notificationBatch`). Returns the notification, or null when skipped or sent before.
 */
export async function notifyCustomer(container: MedusaContainer, n: CustomerNotification) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const options = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).getOptions().notifications
  if (!options.enabled) {
    return null
  }
  const customer = n.customer !== undefined ? n.customer : await readCustomer(container, n.customer_id)
  if (!customer?.email) {
    logger.info(`[service-management] ${n.template} for ${n.resource_id} skipped: customer ${n.customer_id} has no email address`)
    return null
  }
  try {
    return await notificationBatch(container.resolve(Modules.NOTIFICATION)).send({
      to: customer.email,
      channel: options.channel,
      template: n.template,
      trigger_type: n.event,
      resource_type: n.resource_type,
      resource_id: n.resource_id,
      receiver_id: customer.id,
      idempotency_key: n.idempotency_key,
      data: {
        customer: { first_name: customer.first_name, last_name: customer.last_name, email: customer.email },
        ...n.data,
      },
    })
  } catch (e) {
    logger.warn(`[service-management] ${n.template} for ${n.resource_id} was not sent: ${(e as Error).message}`)
    return null
  }
}

async function readCustomer(container: MedusaContainer, id: string): Promise<NotifiedCustomer | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: CUSTOMER_FIELDS, filters: { id } })
  return (data[0] as NotifiedCustomer | undefined) ?? null
}

/**
 * Sends `template` about a service order to its customer, with the order's data and `extra`;
 * `key` tells this occasion apart from others of the same template and order (idempotency).
 */
export function notifyOrderCustomer(
  container: MedusaContainer,
  input: { order: NotificationOrder; template: string; event: string; key?: string; extra?: Record<string, unknown> }
) {
  const { order, template, key } = input
  return notifyCustomer(container, {
    customer_id: order.customer_id,
    customer: order.customer ?? null,
    template,
    event: input.event,
    resource_type: "service_order",
    resource_id: order.id,
    idempotency_key: [template, order.id, key].filter(Boolean).join(":"),
    data: { service_order: orderData(order), ...input.extra },
  })
}
