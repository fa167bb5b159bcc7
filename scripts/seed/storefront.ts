import { SubscriberArgs } from "@medusajs/framework"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import serviceOrderAssigned from "../../src/subscribers/service-order-assigned"
import serviceOrderStageChanged from "../../src/subscribers/service-order-stage-changed"
import serviceRequestReceived from "../../src/subscribers/service-request-received"
import { cancelServiceOrderByCustomerWorkflow, createServiceRequestWorkflow, ServiceManagementEvents } from "../../src/workflows"
import { daysFromNow, report, SeedContext, SeedSection } from "./context"
import { DEMO_CUSTOMER } from "./customers"

type DemoRequest = {
  description: string
  title?: string
  /** By line item of a demo order (the object is registered or reused), else by serial of an object. */
  line?: { order: string; sku: string; serial: string }
  serial?: string
  preferred_in_days?: number
  /** The customer cancels it again, with these words. */
  cancel_note?: string
}

/** What the demo customer asked for through the store API. */
const DEMO_REQUESTS: DemoRequest[] = [
  {
    description: "The motor cuts out on steep hills and the display shows error E07.",
    line: { order: "order-rivera-household", sku: "VT-EB-M", serial: "VT-M-24-55012" },
    preferred_in_days: 3,
  },
  {
    title: "Yearly heat pump check",
    description: "Please check the outdoor unit before winter.",
    serial: "AH09-24-000187",
    preferred_in_days: 12,
    cancel_note: "Booked together with the installation visit instead",
  },
]

/**
 * Runs a notification subscriber as the event bus does. `medusa exec` loads subscribers, but it
 * exits as soon as the seed returns, before the local event bus has delivered the last events.
 */
const deliver = (handler: (args: SubscriberArgs<any>) => Promise<void>, ctx: SeedContext, name: string, data: Record<string, unknown>) =>
  handler({ event: { name, data }, container: ctx.container, pluginOptions: {} } as SubscriberArgs<any>)

/**
 * The storefront journey of the demo customer (customer@example.com): service requests made through
 * the request workflow (one for a line item of their order, one cancelled by them), and the
 * customer notifications their orders gave rise to, delivered here as well so none is lost (local
 * provider: stored, see `listNotifications`). Idempotent: requests are found by their description,
 * notifications by their idempotency keys.
 */
export const storefrontSection: SeedSection = {
  name: "storefront journey",
  demo: true,
  run: async (ctx) => {
    const service = ctx.container.resolve(SERVICE_MANAGEMENT_MODULE) as any
    const customerId = ctx.customers[DEMO_CUSTOMER.email]
    const existing = await service.listServiceOrders({ customer_id: customerId, channel: "storefront" }, { select: ["id", "description"] })
    let created = 0
    for (const r of DEMO_REQUESTS.filter((r) => !existing.some((o: any) => o.description === r.description))) {
      const target = r.line
        ? { order_id: ctx.orders[r.line.order].id, order_line_item_id: ctx.orders[r.line.order].items[r.line.sku], serial_number: r.line.serial }
        : { service_object_id: ctx.objects[r.serial!] }
      const start = daysFromNow(r.preferred_in_days ?? 5)
      start.setUTCHours(8)
      const { result } = await createServiceRequestWorkflow(ctx.container).run({
        input: {
          ...target,
          customer_id: customerId,
          title: r.title,
          description: r.description,
          preferred_start: start,
          preferred_end: new Date(start.getTime() + 4 * 60 * 60 * 1000),
        },
      })
      if (r.cancel_note) {
        await cancelServiceOrderByCustomerWorkflow(ctx.container).run({
          input: { service_order_id: result.id, customer_id: customerId, note: r.cancel_note },
        })
      }
      created++
    }

    // The notifications the event bus would have delivered for the demo customer's orders.
    const orders = await service.listServiceOrders(
      { customer_id: customerId },
      { relations: ["stage", "stage_transitions", "assignments"], select: ["id", "channel", "stage.code", "stage.customer_visible", "stage_transitions.*", "assignments.*"] }
    )
    for (const order of orders) {
      if (order.channel === "storefront") {
        await deliver(serviceRequestReceived, ctx, ServiceManagementEvents.SERVICE_ORDER_CREATED, { id: order.id, channel: order.channel })
      }
      const last = [...order.stage_transitions].sort((a: any, b: any) => +new Date(a.created_at) - +new Date(b.created_at)).pop()
      if (last?.from_stage_code) {
        await deliver(serviceOrderStageChanged, ctx, ServiceManagementEvents.SERVICE_ORDER_STAGE_CHANGED, {
          id: order.id,
          from_stage: last.from_stage_code,
          to_stage: order.stage.code,
          customer_visible: order.stage.customer_visible,
        })
      }
      for (const a of order.assignments.filter((a: any) => a.status !== "cancelled")) {
        await deliver(serviceOrderAssigned, ctx, "service_order.assigned", {
          id: order.id,
          assignment_id: a.id,
          technician_id: a.technician_id,
          starts_at: a.starts_at,
          ends_at: a.ends_at,
        })
      }
    }
    report(ctx, "storefront journey", created, DEMO_REQUESTS.length - created, `; notifications for ${orders.length} orders of ${DEMO_CUSTOMER.email}`)
  },
}
