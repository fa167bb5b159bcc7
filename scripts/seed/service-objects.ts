import { createServiceObjectsWorkflow } from "../../src/workflows"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { daysFromNow, report, SeedSection } from "./context"
import { DEMO_CUSTOMERS } from "./customers"

type DemoObject = {
  serial: string
  name: string
  email: string
  sku: string
  /** The demo order and line it was bought on; none for appliances bought before the shop went online. */
  order?: string
  installed_days_ago?: number
  /** Warranty end relative to today: negative = expired. */
  warranty_days: number
  note?: string
}

export const DEMO_OBJECTS: DemoObject[] = [
  { serial: "AH09-24-000187", name: "AeroHeat heat pump 9 kW", email: "customer@example.com", sku: "AH-HP-09", order: "order-rivera-heat-pump", warranty_days: 5 * 365 },
  { serial: "CW8-24-118204", name: "CleanWave washing machine 8 kg", email: "customer@example.com", sku: "CW-WM-8", order: "order-rivera-household", installed_days_ago: 2, warranty_days: 2 * 365 },
  { serial: "VT-M-24-55012", name: "Voltaro Trek e-bike (M)", email: "customer@example.com", sku: "VT-EB-M", order: "order-rivera-household", warranty_days: 2 * 365 },
  { serial: "AH12-24-000342", name: "AeroHeat heat pump 12 kW", email: "anna.keller@example.com", sku: "AH-HP-12", order: "order-keller-heat-pump", installed_days_ago: 1, warranty_days: 5 * 365 },
  { serial: "BP-S-24-7781", name: "Barista Pro espresso machine (counter 1)", email: "orders@kaffeehaus-nordwind.example.com", sku: "BP-ESP-STEEL", order: "order-nordwind-espresso", installed_days_ago: 1, warranty_days: 2 * 365 },
  { serial: "BP-B-24-7790", name: "Barista Pro espresso machine (counter 2)", email: "orders@kaffeehaus-nordwind.example.com", sku: "BP-ESP-BLACK", order: "order-nordwind-espresso", installed_days_ago: 1, warranty_days: 2 * 365 },
  { serial: "VT-L-24-60231", name: "Voltaro Trek e-bike (L)", email: "sophie.dubois@example.com", sku: "VT-EB-L", order: "order-dubois-e-bike", warranty_days: 2 * 365 },
  { serial: "CW10-24-220915", name: "CleanWave washing machine 10 kg", email: "pieter.devries@example.com", sku: "CW-WM-10", order: "order-devries-washer", installed_days_ago: 1, warranty_days: 2 * 365 },
  { serial: "AH12-24-000419", name: "AeroHeat heat pump 12 kW", email: "michael.chen@example.com", sku: "AH-HP-12", order: "order-chen-heat-pump", installed_days_ago: 1, warranty_days: 5 * 365 },
  { serial: "BP-B-24-7802", name: "Barista Pro espresso machine (staff kitchen)", email: "facilities@maplegrove-dental.example.com", sku: "BP-ESP-BLACK", order: "order-maplegrove-espresso", installed_days_ago: 1, warranty_days: 2 * 365 },
  // Bought in a shop before the web store existed: warranty over.
  { serial: "CW8-19-004411", name: "CleanWave washing machine 8 kg (laundry room)", email: "pieter.devries@example.com", sku: "CW-WM-8", installed_days_ago: 2100, warranty_days: -1370, note: "Bought in store in 2019" },
  { serial: "BP-S-20-1093", name: "Barista Pro espresso machine (old bar)", email: "orders@kaffeehaus-nordwind.example.com", sku: "BP-ESP-STEEL", installed_days_ago: 1600, warranty_days: -870, note: "Second-hand, serviced by us since 2021" },
  { serial: "VT-M-21-31877", name: "Voltaro Trek e-bike (M)", email: "michael.chen@example.com", sku: "VT-EB-M", installed_days_ago: 1200, warranty_days: -470 },
]

/** Service objects: the customers' appliances, most of them registered from their order lines. */
export const serviceObjectsSection: SeedSection = {
  name: "service objects",
  demo: true,
  run: async (ctx) => {
    const service = ctx.container.resolve(SERVICE_MANAGEMENT_MODULE) as any
    const serials = DEMO_OBJECTS.map((o) => o.serial)
    const existing = await service.listServiceObjects({ serial_number: serials })
    const missing = DEMO_OBJECTS.filter((o) => !existing.some((e: any) => e.serial_number === o.serial))
    if (missing.length) {
      await createServiceObjectsWorkflow(ctx.container).run({
        input: {
          service_objects: missing.map((o) => {
            const order = o.order ? ctx.orders[o.order] : undefined
            const customer = DEMO_CUSTOMERS.find((c) => c.email === o.email)!
            return {
              name: o.name,
              customer_id: ctx.customers[o.email],
              product_variant_id: ctx.variants[o.sku],
              order_id: order?.id ?? null,
              order_line_item_id: order?.items[o.sku] ?? null,
              serial_number: o.serial,
              installed_at: o.installed_days_ago !== undefined ? daysFromNow(-o.installed_days_ago) : null,
              warranty_end: daysFromNow(o.warranty_days),
              address: { ...customer.address, company: customer.company_name ?? null },
              metadata: o.note ? { note: o.note } : null,
            }
          }),
        },
      })
    }
    for (const o of await service.listServiceObjects({ serial_number: serials })) {
      ctx.objects[o.serial_number] = o.id
    }
    report(ctx, "service objects", missing.length, DEMO_OBJECTS.length - missing.length)
  },
}
