import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { postServiceOrderWorkflow } from "../../src/workflows/posting/post-service-order"
import { createAdmin } from "../helpers/auth"
import { createCatalog, listMedusaOrders, setDefaultSalesChannel } from "../helpers/commerce"
import { expectDetailReadAsQuery } from "../helpers/service-order-detail"

jest.setTimeout(180000)

// Set by a test to make the `serviceOrderPosted` hook fail after the Medusa order was created.
let failAfterOrderCreated = false
postServiceOrderWorkflow.hooks.serviceOrderPosted(() => {
  if (failAfterOrderCreated) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Injected failure after the Medusa order was created")
  }
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let customerId: string
    let catalog: Awaited<ReturnType<typeof createCatalog>>

    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)
    const medusaOrders = () => listMedusaOrders(getContainer())
    const moveTo = async (id: string, stages: string[]) => {
      for (const to_stage of stages) {
        await api.post(`/admin/service-orders/${id}/transition`, { to_stage }, { headers })
      }
    }
    const closedOrder = async (lines: Record<string, unknown>[], body: Record<string, unknown> = {}) => {
      const { data } = await api.post(
        "/admin/service-orders",
        { customer_id: customerId, title: "Boiler repair", currency_code: "eur", lines, ...body },
        { headers }
      )
      await moveTo(data.service_order.id, ["scheduled", "in_progress", "completed", "closed"])
      return data.service_order.id as string
    }
    const standardLines = () => [
      { type: "hour", description: "Labour", quantity: 2, unit_price: 85, unit_cost: 40 },
      { type: "item", description: "Valve", quantity: 3, unit_price: 20, unit_cost: 8, product_variant_id: catalog.variant.id },
      { type: "expense", description: "Travel (goodwill)", quantity: 1, unit_price: 30, unit_cost: 30, billable: false },
      { type: "fee", description: "Call-out fee", quantity: 1, unit_price: 45 },
    ]

    beforeEach(async () => {
      failAfterOrderCreated = false
      const container = getContainer()
      await container.resolve(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
      catalog = await createCatalog(container)
      await setDefaultSalesChannel(container, catalog.channel.id)
      const customer = await container.resolve(Modules.CUSTOMER).createCustomers({
        email: "jane@example.com",
        first_name: "Jane",
        last_name: "Doe",
        addresses: [
          { first_name: "Jane", last_name: "Doe", address_1: "Main St 1", city: "Utrecht", country_code: "nl", postal_code: "3511", is_default_shipping: true },
        ],
      })
      customerId = customer.id
    })

    describe("POST /admin/service-orders/:id/post", () => {
      it("creates one Medusa order with a line per billable line at its sales price and makes the order read-only", async () => {
        const id = await closedOrder(standardLines())
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const spy = jest.spyOn(eventBus, "emit")
        const { status, data } = await api.post(`/admin/service-orders/${id}/post`, {}, { headers })
        expect(status).toBe(200)
        const so = data.service_order
        expect(so.posted_at).toBeTruthy()
        expect(so.posted_order_id).toBeTruthy()
        expect(so.posted_order).toEqual(expect.objectContaining({ id: so.posted_order_id, currency_code: "eur" }))
        await expectDetailReadAsQuery(getContainer(), id)

        const orders = await medusaOrders()
        expect(orders).toHaveLength(1)
        const order = orders[0]
        expect(order.id).toBe(so.posted_order_id)
        expect(order.customer_id).toBe(customerId)
        expect(order.region_id).toBe(catalog.region.id)
        expect(order.metadata).toEqual(expect.objectContaining({ service_order_id: id, service_order_number: so.number }))
        const items = [...order.items].sort((a: any, b: any) => a.title.localeCompare(b.title))
        expect(items.map((i: any) => [i.title, i.subtitle, Number(i.quantity), Number(i.unit_price)])).toEqual([
          ["Call-out fee", "Fee", 1, 45],
          ["Labour", "Labour", 2, 85],
          ["Valve", "Parts", 3, 20],
        ])
        expect(items.find((i: any) => i.title === "Valve").variant_id).toBe(catalog.variant.id)
        // Revenue of the service order (goodwill travel is not billed) = the Medusa order's item total.
        expect(Number(order.item_total)).toBe(45 + 170 + 60)
        expect(so.revenue_total).toBe(275)

        const posted = spy.mock.calls.flatMap(([e]) => (Array.isArray(e) ? e : [e])).find((e: any) => e.name === "service_order.posted") as any
        expect(posted.data).toEqual(expect.objectContaining({ id, order_id: order.id, customer_id: customerId }))
        spy.mockRestore()

        // Read-only from now on: lines, header and stage.
        const line = await err(api.post(`/admin/service-orders/${id}/lines`, { lines: [{ type: "fee", quantity: 1, unit_price: 5 }] }, { headers }))
        expect(line.status).toBe(400)
        expect(line.data.message).toMatch(/posted and read-only/)
        const header = await err(api.post(`/admin/service-orders/${id}`, { title: "Changed" }, { headers }))
        expect(header.status).toBe(400)
        const list = await api.get(`/admin/service-orders?is_posted=true`, { headers })
        expect(list.data.service_orders.map((o: any) => o.id)).toEqual([id])
        const unposted = await api.get(`/admin/service-orders?is_posted=false`, { headers })
        expect(unposted.data.service_orders).toHaveLength(0)
      })

      it("refuses a second post with a clear 400 and keeps one Medusa order", async () => {
        const id = await closedOrder(standardLines())
        await api.post(`/admin/service-orders/${id}/post`, {}, { headers })
        const again = await err(api.post(`/admin/service-orders/${id}/post`, {}, { headers }))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already posted/)
        expect(await medusaOrders()).toHaveLength(1)
      })

      it("creates exactly one Medusa order when 6 posts race", async () => {
        const id = await closedOrder(standardLines())
        const results = await Promise.all(
          Array.from({ length: 6 }, () => err(api.post(`/admin/service-orders/${id}/post`, {}, { headers })))
        )
        expect(results.filter((r) => r.status === 200)).toHaveLength(1)
        expect(results.filter((r) => r.status === 400)).toHaveLength(5)
        const orders = await medusaOrders()
        expect(orders).toHaveLength(1)
        const { data } = await api.get(`/admin/service-orders/${id}`, { headers })
        expect(data.service_order.posted_order_id).toBe(orders[0].id)
      })

      it("rolls back when a step after the Medusa order's creation fails: no orphan order, not posted", async () => {
        const id = await closedOrder(standardLines())
        failAfterOrderCreated = true
        const failed = await err(api.post(`/admin/service-orders/${id}/post`, {}, { headers }))
        expect(failed.status).toBe(400)
        expect(failed.data.message).toMatch(/Injected failure/)
        expect(await medusaOrders()).toHaveLength(0)
        const { data } = await api.get(`/admin/service-orders/${id}`, { headers })
        expect(data.service_order.posted_at).toBeNull()
        expect(data.service_order.posted_order_id).toBeNull()

        failAfterOrderCreated = false
        const retry = await api.post(`/admin/service-orders/${id}/post`, {}, { headers })
        expect(retry.status).toBe(200)
        expect(await medusaOrders()).toHaveLength(1)
      })

      it("completes a post whose process died after its claim, with the order id it claimed, once", async () => {
        const id = await closedOrder(standardLines())
        // What a post killed between its claim and the Medusa order leaves behind.
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg.raw("UPDATE service_order SET posted_at = now(), posted_order_id = 'order_killedpost' WHERE id = ?", [id])

        const results = await Promise.all([0, 1].map(() => err(api.post(`/admin/service-orders/${id}/post`, {}, { headers }))))
        expect(results.map((r) => r.status).sort()).toEqual([200, 400])
        const orders = await medusaOrders()
        expect(orders.map((o: any) => o.id)).toEqual(["order_killedpost"])
        const { data } = await api.get(`/admin/service-orders/${id}`, { headers })
        expect(data.service_order.posted_order_id).toBe("order_killedpost")

        // A claim whose order exists is a finished post: refused.
        const again = await err(api.post(`/admin/service-orders/${id}/post`, {}, { headers }))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already posted/)
        expect(await medusaOrders()).toHaveLength(1)
      })

      it("reserves stock for stock-managed items at the sales channel's location", async () => {
        const container = getContainer()
        const { result: [location] } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Workshop" }] } })
        await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [catalog.channel.id] } })
        const { result: [product] } = await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title: "Pump seal",
                options: [{ title: "Size", values: ["M"] }],
                variants: [{ title: "M", sku: `SEAL-${Date.now()}`, manage_inventory: true, options: { Size: "M" }, prices: [{ amount: 12, currency_code: "eur" }] }],
                sales_channels: [{ id: catalog.channel.id }],
              },
            ],
          },
        })
        const { data: [variant] } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: product.variants[0].id } })
        const inventoryItemId = (variant as any).inventory_items[0].inventory_item_id
        await createInventoryLevelsWorkflow(container).run({
          input: { inventory_levels: [{ inventory_item_id: inventoryItemId, location_id: location.id, stocked_quantity: 10 }] },
        })
        const id = await closedOrder([
          { type: "item", description: "Pump seal", quantity: 2, unit_price: 12, product_variant_id: variant.id },
          { type: "hour", description: "Labour", quantity: 1, unit_price: 85 },
        ])
        const { data } = await api.post(`/admin/service-orders/${id}/post`, {}, { headers })
        const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: inventoryItemId })
        expect(reservations).toHaveLength(1)
        expect(reservations[0]).toEqual(expect.objectContaining({ location_id: location.id }))
        expect(Number(reservations[0].quantity)).toBe(2)
        const [order] = await medusaOrders()
        expect(order.id).toBe(data.service_order.posted_order_id)
        expect(reservations[0].line_item_id).toBe(order.items.find((i: any) => i.title === "Pump seal").id)
      })

      it("refuses orders whose stage does not allow posting, without writing anything", async () => {
        const { data } = await api.post(
          "/admin/service-orders",
          { customer_id: customerId, currency_code: "eur", lines: standardLines() },
          { headers }
        )
        const res = await err(api.post(`/admin/service-orders/${data.service_order.id}/post`, {}, { headers }))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/Stage rule "allow_post"/)
        expect(await medusaOrders()).toHaveLength(0)
        const after = await api.get(`/admin/service-orders/${data.service_order.id}`, { headers })
        expect(after.data.service_order.posted_at).toBeNull()
      })

      it("refuses an order without billable lines and one in a currency no region uses", async () => {
        const nothing = await closedOrder([{ type: "expense", description: "Warranty", quantity: 1, unit_price: 30, billable: false }])
        const a = await err(api.post(`/admin/service-orders/${nothing}/post`, {}, { headers }))
        expect(a.status).toBe(400)
        expect(a.data.message).toMatch(/no billable lines/)

        const usd = await closedOrder([{ type: "fee", description: "Fee", quantity: 1, unit_price: 10 }], { currency_code: "usd" })
        const b = await err(api.post(`/admin/service-orders/${usd}/post`, {}, { headers }))
        expect(b.status).toBe(400)
        expect(b.data.message).toMatch(/No region uses the currency USD/)
        expect(await medusaOrders()).toHaveLength(0)
        for (const id of [nothing, usd]) {
          const { data } = await api.get(`/admin/service-orders/${id}`, { headers })
          expect(data.service_order.posted_at).toBeNull()
        }
      })

      it("answers 404 for an unknown order, 400 for unknown body fields and 401 without a token", async () => {
        const missing = await err(api.post(`/admin/service-orders/sord_missing/post`, {}, { headers }))
        expect(missing.status).toBe(404)
        const id = await closedOrder(standardLines())
        const bad = await err(api.post(`/admin/service-orders/${id}/post`, { force: true }, { headers }))
        expect(bad.status).toBe(400)
        const anonymous = await err(api.post(`/admin/service-orders/${id}/post`, {}))
        expect(anonymous.status).toBe(401)
        expect(await medusaOrders()).toHaveLength(0)
      })
    })
  },
})
