import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { createAdmin, createPublishableKey, createStoreCustomer } from "../helpers/auth"

jest.setTimeout(120000)

const FORBIDDEN_ORDER_FIELDS = ["internal_note", "cost_total", "margin_total", "revenue_total", "created_by", "customer_id", "metadata"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let alice: Awaited<ReturnType<typeof createStoreCustomer>>
    let bob: Awaited<ReturnType<typeof createStoreCustomer>>
    let publishableKey: string
    let aliceObject: any
    let bobObject: any
    let bobOrder: any
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)

    beforeEach(async () => {
      const container = getContainer()
      await container.resolve(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
      ;({ headers: adminHeaders } = await createAdmin(container))
      publishableKey = await createPublishableKey(container)
      alice = await createStoreCustomer(container, "alice@example.com", publishableKey)
      bob = await createStoreCustomer(container, "bob@example.com", publishableKey)
      aliceObject = (await api.post("/admin/service-objects", { customer_id: alice.customer.id, name: "Coffee machine", serial_number: "CM-1" }, { headers: adminHeaders })).data.service_object
      bobObject = (await api.post("/admin/service-objects", { customer_id: bob.customer.id, name: "E-bike", serial_number: "EB-9" }, { headers: adminHeaders })).data.service_object
      bobOrder = (
        await api.post(
          "/admin/service-orders",
          {
            customer_id: bob.customer.id,
            service_object_id: bobObject.id,
            internal_note: "Customer is difficult",
            lines: [{ type: "hour", description: "Labour", quantity: 1, unit_price: 80, unit_cost: 45 }],
          },
          { headers: adminHeaders }
        )
      ).data.service_order
    })

    describe("POST /store/service-requests", () => {
      it("creates a service order in the requested stage for the customer's own object", async () => {
        const res = await api.post(
          "/store/service-requests",
          {
            service_object_id: aliceObject.id,
            description: "Leaks water when brewing",
            preferred_start: "2026-12-02T09:00:00Z",
            preferred_end: "2026-12-02T12:00:00Z",
          },
          { headers: alice.headers }
        )
        expect(res.status).toBe(201)
        const order = res.data.service_order
        expect(order).toEqual(expect.objectContaining({ channel: "storefront", description: "Leaks water when brewing" }))
        expect(order.stage.code).toBe("requested")
        expect(order.service_object.id).toBe(aliceObject.id)
        for (const field of FORBIDDEN_ORDER_FIELDS) {
          expect(order).not.toHaveProperty(field)
        }
        const admin = (await api.get(`/admin/service-orders/${order.id}`, { headers: adminHeaders })).data.service_order
        expect(admin.customer_id).toBe(alice.customer.id)
        expect(admin.stage_transitions[0]).toEqual(expect.objectContaining({ actor_type: "customer", actor_id: alice.customer.id }))
      })

      it("answers 404 for another customer's object and creates nothing", async () => {
        const res = await err(api.post("/store/service-requests", { service_object_id: bobObject.id, description: "Mine now" }, { headers: alice.headers }))
        expect(res.status).toBe(404)
        expect((await api.get("/admin/service-orders", { headers: adminHeaders })).data.count).toBe(1)
      })

      it("answers 400 for bad bodies and 401 when anonymous", async () => {
        for (const body of [
          {},
          { service_object_id: aliceObject.id },
          { service_object_id: aliceObject.id, description: "x", customer_id: bob.customer.id },
          { service_object_id: aliceObject.id, description: "x", preferred_start: "2026-12-02T12:00:00Z", preferred_end: "2026-12-02T09:00:00Z" },
        ]) {
          expect((await err(api.post("/store/service-requests", body, { headers: alice.headers }))).status).toBe(400)
        }
        const anonymous = await err(
          api.post("/store/service-requests", { service_object_id: aliceObject.id, description: "x" }, { headers: { "x-publishable-api-key": publishableKey } })
        )
        expect(anonymous.status).toBe(401)
        expect((await api.get("/admin/service-orders", { headers: adminHeaders })).data.count).toBe(1)
      })
    })

    describe("GET /store/service-objects", () => {
      it("lists only the customer's own objects", async () => {
        const { data } = await api.get("/store/service-objects", { headers: alice.headers })
        expect(data).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 20 }))
        expect(data.service_objects.map((o: any) => o.id)).toEqual([aliceObject.id])
        expect(data.service_objects[0]).not.toHaveProperty("customer_id")
        const filtered = (await api.get(`/store/service-objects?id=${bobObject.id}`, { headers: alice.headers })).data
        expect(filtered.count).toBe(0)
      })

      it("answers 401 when anonymous and 400 for bad queries", async () => {
        expect((await err(api.get("/store/service-objects", { headers: { "x-publishable-api-key": publishableKey } }))).status).toBe(401)
        expect((await err(api.get("/store/service-objects?customer_id=x", { headers: alice.headers }))).status).toBe(400)
        expect((await err(api.get("/store/service-objects?order=customer_id", { headers: alice.headers }))).status).toBe(400)
      })
    })

    describe("GET /store/service-orders", () => {
      it("lists and shows only the customer's own orders, without internal fields", async () => {
        const own = (await api.get("/store/service-orders", { headers: bob.headers })).data
        expect(own.service_orders.map((o: any) => o.id)).toEqual([bobOrder.id])
        const detail = (await api.get(`/store/service-orders/${bobOrder.id}`, { headers: bob.headers })).data.service_order
        expect(detail.stage.code).toBe("requested")
        expect(detail.lines[0]).toEqual(expect.objectContaining({ description: "Labour", unit_price: 80 }))
        expect(detail.lines[0]).not.toHaveProperty("unit_cost")
        for (const field of FORBIDDEN_ORDER_FIELDS) {
          expect(detail).not.toHaveProperty(field)
        }
        expect((await api.get("/store/service-orders", { headers: alice.headers })).data.count).toBe(0)
      })

      it("does not let fields= reach costs, notes or the customer", async () => {
        const detail = (
          await api.get(`/store/service-orders/${bobOrder.id}?fields=*,internal_note,cost_total,lines.unit_cost,customer.*,stage.*`, { headers: bob.headers })
        ).data.service_order
        expect(detail).not.toHaveProperty("internal_note")
        expect(detail).not.toHaveProperty("cost_total")
        expect(detail).not.toHaveProperty("customer")
        expect(JSON.stringify(detail)).not.toContain("unit_cost")
        expect(JSON.stringify(detail)).not.toContain("difficult")
      })

      it("answers 404 for another customer's order and 401 when anonymous", async () => {
        expect((await err(api.get(`/store/service-orders/${bobOrder.id}`, { headers: alice.headers }))).status).toBe(404)
        expect((await err(api.get("/store/service-orders/sord_missing", { headers: alice.headers }))).status).toBe(404)
        expect((await err(api.get("/store/service-orders", { headers: { "x-publishable-api-key": publishableKey } }))).status).toBe(401)
        expect((await err(api.get(`/store/service-orders/${bobOrder.id}`, { headers: { "x-publishable-api-key": publishableKey } }))).status).toBe(401)
        expect((await err(api.get("/store/service-orders?customer_id=x", { headers: alice.headers }))).status).toBe(400)
      })
    })
  },
})
