import { Modules } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { cancelServiceOrderByCustomerWorkflow, createServiceRequestWorkflow } from "../../src/workflows"
import { daysFromNow, report, SeedSection } from "./context"
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
 * The storefront journey of the demo customer (customer@example.com): service requests made through
 * the request workflow (one for a line item of their order, one cancelled by them). Their events
 * send the customer notifications (local provider: stored, see `listNotifications`), as earlier
 * sections' orders did. Idempotent: requests are found by their description.
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

    // The workflows' events reach the notification subscribers (they are loaded under `medusa exec` too).
    const notifications = await ctx.container.resolve(Modules.NOTIFICATION).listNotifications({ to: DEMO_CUSTOMER.email }, { select: ["id"] })
    report(ctx, "storefront journey", created, DEMO_REQUESTS.length - created, `; ${notifications.length} notifications to ${DEMO_CUSTOMER.email}`)
  },
}
