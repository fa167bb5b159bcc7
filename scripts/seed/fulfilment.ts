import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { registerFulfilledUnitsWorkflow, startDeliveredWarrantiesWorkflow } from "../../src/workflows"
import { report, SeedContext, SeedSection } from "./context"
import { DEMO_CUSTOMERS } from "./customers"

const LOCATION = "Service demo warehouse"
const OPTION = "Standard delivery (demo)"
const ORDER_KEY = "order-keller-washers-fulfilled"
const EMAIL = "anna.keller@example.com"
const SKU = "CW-WM-8"
const UNITS = 2

/** A stock location with a shipping fulfilment set (Europe's countries) and the manual provider, found by name. */
async function ensureLocation(ctx: SeedContext): Promise<{ locationId: string; serviceZoneId: string; created: number }> {
  const stock = ctx.container.resolve(Modules.STOCK_LOCATION)
  const [found] = await stock.listStockLocations({ name: LOCATION })
  let created = 0
  let locationId = found?.id
  if (!locationId) {
    const { result } = await createStockLocationsWorkflow(ctx.container).run({
      input: { locations: [{ name: LOCATION, address: { address_1: "Lagerstraße 4", city: "Hamburg", country_code: "de", postal_code: "20095" } }] },
    })
    locationId = result[0].id
    await ctx.container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    created++
  }
  const { data: [location] } = await ctx.query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.id", "fulfillment_sets.service_zones.id"],
    filters: { id: locationId },
  })
  let set = location.fulfillment_sets?.[0]
  if (!set) {
    await createLocationFulfillmentSetWorkflow(ctx.container).run({
      input: { location_id: locationId, fulfillment_set_data: { name: `${LOCATION} shipping`, type: "shipping" } },
    })
    const { data: [again] } = await ctx.query.graph({ entity: "stock_location", fields: ["fulfillment_sets.id"], filters: { id: locationId } })
    set = { ...again.fulfillment_sets[0], service_zones: [] }
    created++
  }
  let serviceZoneId = set.service_zones?.[0]?.id
  if (!serviceZoneId) {
    const countries = ["de", "fr", "nl", "at", "se"]
    const { result } = await createServiceZonesWorkflow(ctx.container).run({
      input: { data: [{ name: "Europe", fulfillment_set_id: set.id, geo_zones: countries.map((country_code) => ({ type: "country" as const, country_code })) }] },
    })
    serviceZoneId = result[0].id
    created++
  }
  return { locationId, serviceZoneId: serviceZoneId as string, created }
}

/** A free flat-rate shipping option on the manual provider, found by name. */
async function ensureShippingOption(ctx: SeedContext, serviceZoneId: string): Promise<{ id: string; created: number }> {
  const [found] = await ctx.container.resolve(Modules.FULFILLMENT).listShippingOptions({ name: OPTION })
  if (found) {
    return { id: found.id, created: 0 }
  }
  const { result } = await createShippingOptionsWorkflow(ctx.container).run({
    input: [
      {
        name: OPTION,
        price_type: "flat",
        service_zone_id: serviceZoneId,
        shipping_profile_id: ctx.shippingProfileId!,
        provider_id: "manual_manual",
        type: { label: "Standard", description: "Delivered in 3–5 days", code: "standard-demo" },
        prices: [{ currency_code: "eur", amount: 0 }],
      },
    ],
  })
  return { id: result[0].id, created: 1 }
}

/**
 * Installed base from a real fulfilment: a demo order of two washing machines shipped with a
 * shipping option from the demo warehouse, fulfilled by Medusa's createOrderFulfillmentWorkflow
 * and delivered, each unit registered as a service object with its warranty from delivery (the
 * product's term). The registration and the warranty start are run here too, as the subscribers
 * would (`medusa exec` may run without them); both are idempotent, so with subscribers nothing
 * is registered twice. Found by `metadata.seed_key` and names: a second run adds nothing.
 */
async function seedFulfilment(ctx: SeedContext) {
  const { locationId, serviceZoneId, created: setup } = await ensureLocation(ctx)
  const option = await ensureShippingOption(ctx, serviceZoneId)
  const customerId = ctx.customers[EMAIL]
  const load = async () =>
    ((
      await ctx.query.graph({
        entity: "order",
        fields: ["id", "metadata", "items.id", "fulfillments.id", "fulfillments.delivered_at"],
        filters: { customer_id: customerId },
      })
    ).data as any[]).find((o) => o.metadata?.seed_key === ORDER_KEY)
  let order = await load()
  let created = setup + option.created
  if (!order) {
    const customer = DEMO_CUSTOMERS.find((c) => c.email === EMAIL)!
    const address = { first_name: customer.first_name, last_name: customer.last_name, company: customer.company_name, phone: customer.phone, ...customer.address }
    await createOrderWorkflow(ctx.container).run({
      input: {
        region_id: ctx.regions.Europe.id,
        customer_id: customerId,
        email: EMAIL,
        sales_channel_id: ctx.salesChannelId,
        shipping_address: address,
        billing_address: address,
        items: [{ variant_id: ctx.variants[SKU], quantity: UNITS }] as any,
        shipping_methods: [{ name: OPTION, amount: 0, shipping_option_id: option.id }] as any,
        metadata: { seed_key: ORDER_KEY },
      },
    })
    order = await load()
    created++
  }
  let fulfilment = order.fulfillments?.[0]
  if (!fulfilment) {
    await createOrderFulfillmentWorkflow(ctx.container).run({
      input: { order_id: order.id, location_id: locationId, items: order.items.map((i: { id: string }) => ({ id: i.id, quantity: UNITS })) },
    })
    fulfilment = (await load()).fulfillments[0]
    created++
  }
  if (!fulfilment.delivered_at) {
    await markOrderFulfillmentAsDeliveredWorkflow(ctx.container).run({ input: { orderId: order.id, fulfillmentId: fulfilment.id } })
  }
  const { result: units } = await registerFulfilledUnitsWorkflow(ctx.container).run({ input: { order_id: order.id, fulfillment_id: fulfilment.id } })
  await startDeliveredWarrantiesWorkflow(ctx.container).run({ input: { fulfillment_id: fulfilment.id } })
  return { created: created + units.length, kept: UNITS - units.length }
}

export const fulfilmentSection: SeedSection = {
  name: "fulfilment",
  demo: true,
  run: async (ctx) => {
    const { created, kept } = await seedFulfilment(ctx)
    report(ctx, "fulfilment (warehouse, shipping option, an order fulfilled and delivered, its units registered)", created, kept)
  },
}
