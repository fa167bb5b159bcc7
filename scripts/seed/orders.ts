import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { report, SeedSection } from "./context"
import { DEMO_CUSTOMERS } from "./customers"

type DemoOrder = { key: string; email: string; region: string; skus: string[] }

const order = (key: string, email: string, region: string, ...skus: string[]): DemoOrder => ({ key, email, region, skus })

/** What the demo customers bought (one of each SKU); service objects are registered from these lines. */
export const DEMO_ORDERS: DemoOrder[] = [
  order("order-rivera-heat-pump", "customer@example.com", "Europe", "AH-HP-09"),
  order("order-rivera-household", "customer@example.com", "Europe", "CW-WM-8", "VT-EB-M"),
  order("order-keller-heat-pump", "anna.keller@example.com", "Europe", "AH-HP-12"),
  order("order-nordwind-espresso", "orders@kaffeehaus-nordwind.example.com", "Europe", "BP-ESP-STEEL", "BP-ESP-BLACK"),
  order("order-dubois-e-bike", "sophie.dubois@example.com", "Europe", "VT-EB-L"),
  order("order-devries-washer", "pieter.devries@example.com", "Europe", "CW-WM-10"),
  order("order-chen-heat-pump", "michael.chen@example.com", "North America", "AH-HP-12"),
  order("order-maplegrove-espresso", "facilities@maplegrove-dental.example.com", "North America", "BP-ESP-BLACK"),
]

/** Medusa orders for the demo customers, created with the core `createOrderWorkflow`. */
export const ordersSection: SeedSection = {
  name: "orders",
  demo: true,
  run: async (ctx) => {
    const customerIds = [...new Set(DEMO_ORDERS.map((o) => ctx.customers[o.email]))]
    const load = async () =>
      (
        await ctx.query.graph({
          entity: "order",
          fields: ["id", "customer_id", "currency_code", "metadata", "items.id", "items.variant_sku"],
          filters: { customer_id: customerIds },
        })
      ).data as any[]
    const existing = await load()
    const missing = DEMO_ORDERS.filter((o) => !existing.some((e) => e.metadata?.seed_key === o.key))

    for (const o of missing) {
      const customer = DEMO_CUSTOMERS.find((c) => c.email === o.email)!
      const address = {
        first_name: customer.first_name,
        last_name: customer.last_name,
        company: customer.company_name,
        phone: customer.phone,
        ...customer.address,
      }
      await createOrderWorkflow(ctx.container).run({
        input: {
          region_id: ctx.regions[o.region].id,
          customer_id: ctx.customers[o.email],
          email: o.email,
          sales_channel_id: ctx.salesChannelId,
          shipping_address: address,
          billing_address: address,
          items: o.skus.map((sku) => ({ variant_id: ctx.variants[sku], quantity: 1 })) as any,
          metadata: { seed_key: o.key },
        },
      })
    }

    for (const order of await load()) {
      const key = order.metadata?.seed_key
      if (!key) {
        continue
      }
      ctx.orders[key] = {
        id: order.id,
        customer_id: order.customer_id,
        currency_code: order.currency_code,
        items: Object.fromEntries((order.items ?? []).map((i: any) => [i.variant_sku, i.id])),
      }
    }
    report(ctx, "orders", missing.length, DEMO_ORDERS.length - missing.length)
  },
}
