import Medusa from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { createAdmin, createPublishableKey } from "../helpers/auth"
import { createCatalog, placeOrder } from "../helpers/commerce"

jest.setTimeout(120000)

const HOUR = 60 * 60 * 1000

/** The README's "Storefront journey", call by call, through the real @medusajs/js-sdk. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("registers, logs in, requests service for a bought item, follows it and cancels it", async () => {
      const container = getContainer()
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
      const { headers: adminHeaders } = await createAdmin(container)
      const sdk = new Medusa({ baseUrl: api.defaults.baseURL!, publishableKey: await createPublishableKey(container), auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

      // A storefront sign-up, as Medusa's own starter does it (tokens kept in memory: no localStorage in Node).
      await sdk.auth.register("customer", "emailpass", { email: "jamie@example.com", password: "supersecret" })
      const { customer } = await sdk.store.customer.create({ email: "jamie@example.com", first_name: "Jamie" })
      await sdk.auth.login("customer", "emailpass", { email: "jamie@example.com", password: "supersecret" })

      const catalog = await createCatalog(container)
      const order = await placeOrder(container, {
        customer_id: customer.id,
        email: customer.email,
        region_id: catalog.region.id,
        sales_channel_id: catalog.channel.id,
        variant_id: catalog.variant.id,
      })

      const preferred_start = new Date(Date.now() + 24 * HOUR).toISOString()
      const preferred_end = new Date(Date.now() + 28 * HOUR).toISOString()
      const { service_order } = await sdk.client.fetch<{ service_order: any }>("/store/service-requests", {
        method: "POST",
        body: {
          order_id: order.id,
          order_line_item_id: order.items![0].id,
          serial_number: "HP-200-7",
          description: "The outdoor unit makes a loud humming noise",
          preferred_start,
          preferred_end,
        },
      })
      expect(service_order).toEqual(expect.objectContaining({ channel: "storefront", stage: expect.objectContaining({ code: "requested" }), can_cancel: true }))

      const { service_objects } = await sdk.client.fetch<{ service_objects: any[] }>("/store/service-objects", { query: { q: "HP-200-7" } })
      expect(service_objects.map((o) => o.serial_number)).toEqual(["HP-200-7"])

      const list = await sdk.client.fetch<{ service_orders: any[]; count: number }>("/store/service-orders", { query: { is_open: true, limit: 10 } })
      expect(list.service_orders.map((o) => o.id)).toEqual([service_order.id])
      const detail = await sdk.client.fetch<{ service_order: any }>(`/store/service-orders/${service_order.id}`)
      expect(detail.service_order.timeline.map((t: any) => t.code)).toEqual(["requested"])

      const cancelled = await sdk.client.fetch<{ service_order: any }>(`/store/service-orders/${service_order.id}/cancel`, {
        method: "POST",
        body: { note: "Fixed it myself" },
      })
      expect(cancelled.service_order.stage.code).toBe("cancelled")

      const { service_subscriptions } = await sdk.client.fetch<{ service_subscriptions: any[] }>("/store/service-subscriptions", { query: { status: "active" } })
      expect(service_subscriptions).toEqual([])

      // The staff side sees the customer as the actor of both moves.
      const admin = (await api.get(`/admin/service-orders/${service_order.id}`, { headers: adminHeaders })).data.service_order
      expect(admin.stage_transitions.map((t: any) => t.actor_type)).toEqual(["customer", "customer"])
    })
  },
})
