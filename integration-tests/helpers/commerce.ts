import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createOrderWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

/** A region, a sales channel and a product with one variant: enough to place real orders. */
export async function createCatalog(container: MedusaContainer) {
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de", "nl"] }] },
  })
  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Webshop" }] },
  })
  const { result: [product] } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Heat pump HP-200",
          status: "published",
          options: [{ title: "Capacity", values: ["8 kW"] }],
          variants: [
            {
              title: "8 kW",
              sku: `HP-200-8-${Date.now()}`,
              manage_inventory: false,
              options: { Capacity: "8 kW" },
              prices: [{ amount: 4200, currency_code: "eur" }],
            },
          ],
          sales_channels: [{ id: channel.id }],
        },
      ],
    },
  })
  return { region, channel, product, variant: product.variants[0] }
}

/** Places a real Medusa order for the customer, through the core order workflow. */
export async function placeOrder(
  container: MedusaContainer,
  input: { customer_id: string; email: string; region_id: string; sales_channel_id: string; variant_id: string }
) {
  const { result } = await createOrderWorkflow(container).run({
    input: {
      customer_id: input.customer_id,
      email: input.email,
      region_id: input.region_id,
      sales_channel_id: input.sales_channel_id,
      currency_code: "eur",
      status: "pending",
      items: [{ variant_id: input.variant_id, quantity: 1, title: "Heat pump HP-200", unit_price: 4200 }],
      shipping_address: { first_name: "Jo", last_name: "Doe", address_1: "Main St 1", city: "Berlin", country_code: "de", postal_code: "10115" },
    },
  })
  return result
}

/**
 * A real Medusa order of `quantity` units of the catalogue's variant, fulfilled (Medusa returns
 * only fulfilled quantities): what a service return is requested for.
 */
export async function placeFulfilledOrder(
  container: MedusaContainer,
  catalog: Awaited<ReturnType<typeof createCatalog>>,
  input: { customer_id: string; email: string; quantity: number }
) {
  const { result } = await createOrderWorkflow(container).run({
    input: {
      customer_id: input.customer_id,
      email: input.email,
      region_id: catalog.region.id,
      sales_channel_id: catalog.channel.id,
      currency_code: "eur",
      items: [{ variant_id: catalog.variant.id, quantity: input.quantity, title: "Heat pump HP-200", unit_price: 4200 }],
      shipping_address: { first_name: "Jo", last_name: "Doe", address_1: "Main St 1", city: "Berlin", country_code: "de", postal_code: "10115" },
    },
  })
  const line = (result as { items: { id: string }[] }).items[0]
  await container.resolve(Modules.ORDER).registerFulfillment({ order_id: result.id, items: [{ id: line.id, quantity: input.quantity }] } as any)
  return { orderId: result.id as string, lineId: line.id }
}

/** Makes `channelId` the store's default sales channel (where the plugin's own orders go). */
export async function setDefaultSalesChannel(container: MedusaContainer, channelId: string) {
  const [store] = await container.resolve(Modules.STORE).listStores({})
  await updateStoresWorkflow(container).run({ input: { selector: { id: store.id }, update: { default_sales_channel_id: channelId } } })
}

/** Every Medusa order with its items and totals, for asserting what the plugin created. */
export async function listMedusaOrders(container: MedusaContainer) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "metadata", "customer_id", "region_id", "currency_code", "items.*", "total", "item_total"],
  })
  return data as any[]
}

/**
 * A fulfilment of `items` of a real order, linked to it as Medusa's fulfilment workflow links
 * it, then Medusa's `order.fulfillment_created` event (what the plugin subscribes to). Without
 * stock locations and shipping options: the installed base reads only the fulfilment and its items.
 */
export async function fulfilOrder(container: MedusaContainer, orderId: string, items: { id: string; quantity: number }[]) {
  const fulfillment = await container.resolve(Modules.FULFILLMENT).createFulfillment({
    location_id: "sloc_test",
    provider_id: "manual_manual",
    delivery_address: { address_1: "Main St 1", city: "Berlin", country_code: "de", postal_code: "10115" },
    items: items.map((i) => ({ title: "unit", sku: "sku", barcode: "", quantity: i.quantity, line_item_id: i.id })),
    labels: [],
    order: {},
  } as any)
  await container.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.ORDER]: { order_id: orderId }, [Modules.FULFILLMENT]: { fulfillment_id: fulfillment.id } })
  await container.resolve(Modules.ORDER).registerFulfillment({ order_id: orderId, items } as any)
  await emit(container, "order.fulfillment_created", { order_id: orderId, fulfillment_id: fulfillment.id })
  return fulfillment
}

/** Marks a fulfilment delivered and emits Medusa's `delivery.created`. */
export async function deliverFulfilment(container: MedusaContainer, fulfillmentId: string, at = new Date()) {
  await container.resolve(Modules.FULFILLMENT).updateFulfillment(fulfillmentId, { delivered_at: at } as any)
  await emit(container, "delivery.created", { id: fulfillmentId })
}

/** Emits an event on Medusa's bus as its workflows do. */
export async function emit(container: MedusaContainer, name: string, data: Record<string, unknown>) {
  await container.resolve(Modules.EVENT_BUS).emit({ name, data })
}
