import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { createAdmin } from "../helpers/auth"
import { createCatalog, placeOrder } from "../helpers/commerce"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let customer: { id: string; email: string }
    let catalog: Awaited<ReturnType<typeof createCatalog>>
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)

    beforeEach(async () => {
      const container = getContainer()
      await container.resolve(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
      customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "owner@example.com", first_name: "Olga" })
      catalog = await createCatalog(container)
    })

    const order = () =>
      placeOrder(getContainer(), {
        customer_id: customer.id,
        email: customer.email,
        region_id: catalog.region.id,
        sales_channel_id: catalog.channel.id,
        variant_id: catalog.variant.id,
      })

    it("registers an object from the order line it was bought on", async () => {
      const placed = await order()
      const { data } = await api.post(
        "/admin/service-objects",
        {
          customer_id: customer.id,
          order_id: placed.id,
          order_line_item_id: placed.items![0].id,
          serial_number: "HP200-0001",
          warranty_end: "2028-11-30",
        },
        { headers }
      )
      const object = data.service_object
      expect(object).toEqual(
        expect.objectContaining({
          name: "Heat pump HP-200",
          product_variant_id: catalog.variant.id,
          order_id: placed.id,
          order_line_item_id: placed.items![0].id,
          serial_number: "HP200-0001",
        })
      )
      expect(object.warranty_end).toMatch(/^2028-11-30/)
      expect(object.customer).toEqual(expect.objectContaining({ id: customer.id, email: customer.email }))
      expect(object.product_variant.product.title).toBe("Heat pump HP-200")

      const byOrder = (await api.get(`/admin/service-objects?order_id=${placed.id}`, { headers })).data
      expect(byOrder.service_objects.map((o: any) => o.id)).toEqual([object.id])
    })

    it("refuses a line of another order or an order of another customer", async () => {
      const placed = await order()
      const other = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "x@example.com" })
      const wrongCustomer = await err(
        api.post("/admin/service-objects", { customer_id: other.id, order_id: placed.id, order_line_item_id: placed.items![0].id }, { headers })
      )
      expect(wrongCustomer.status).toBe(400)
      expect(wrongCustomer.data.message).toMatch(/was not placed by customer/)
      const wrongLine = await err(
        api.post("/admin/service-objects", { customer_id: customer.id, order_id: placed.id, order_line_item_id: "ordli_missing" }, { headers })
      )
      expect(wrongLine.status).toBe(400)
      expect((await api.get("/admin/service-objects", { headers })).data.count).toBe(0)
    })

    it("lists, searches, updates and deletes objects", async () => {
      const a = (await api.post("/admin/service-objects", { customer_id: customer.id, name: "Espresso machine", serial_number: "EM-77" }, { headers })).data.service_object
      await api.post("/admin/service-objects", { customer_id: customer.id, name: "E-bike", serial_number: "EB-1" }, { headers })
      const list = (await api.get("/admin/service-objects", { headers })).data
      expect(list).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 20 }))
      expect((await api.get("/admin/service-objects?q=EM-77", { headers })).data.service_objects.map((o: any) => o.id)).toEqual([a.id])
      expect((await api.get(`/admin/service-objects?customer_id=${customer.id}&order=name&limit=1`, { headers })).data.service_objects[0].name).toBe("E-bike")

      const updated = (await api.post(`/admin/service-objects/${a.id}`, { warranty_end: "2027-01-01T00:00:00Z", name: "Espresso machine (office)" }, { headers })).data.service_object
      expect(updated.name).toBe("Espresso machine (office)")
      const deleted = (await api.delete(`/admin/service-objects/${a.id}`, { headers })).data
      expect(deleted).toEqual({ id: a.id, object: "service_object", deleted: true })
      expect((await err(api.get(`/admin/service-objects/${a.id}`, { headers }))).status).toBe(404)
    })

    it("shows its service orders and refuses deletion while they exist", async () => {
      const object = (await api.post("/admin/service-objects", { customer_id: customer.id, name: "Boiler" }, { headers })).data.service_object
      const so = (await api.post("/admin/service-orders", { customer_id: customer.id, service_object_id: object.id }, { headers })).data.service_order
      const detail = (await api.get(`/admin/service-objects/${object.id}`, { headers })).data.service_object
      expect(detail.service_orders).toEqual([expect.objectContaining({ id: so.id, number: so.number })])
      const res = await err(api.delete(`/admin/service-objects/${object.id}`, { headers }))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/has service orders/)
    })

    it("refuses a duplicate serial number of the same variant", async () => {
      const body = { customer_id: customer.id, name: "HP", product_variant_id: catalog.variant.id, serial_number: "DUP-1" }
      await api.post("/admin/service-objects", body, { headers })
      const res = await err(api.post("/admin/service-objects", body, { headers }))
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
    })

    it("answers 400 for bad input, 404 for unknown references and ids, 401 without a token", async () => {
      for (const body of [
        {},
        { customer_id: customer.id },
        { customer_id: customer.id, name: "x", order_line_item_id: "ordli_1" },
        { customer_id: customer.id, name: "x", warranty_end: "soon" },
        { customer_id: customer.id, name: "x", extra: 1 },
      ]) {
        expect((await err(api.post("/admin/service-objects", body, { headers }))).status).toBe(400)
      }
      expect((await err(api.post("/admin/service-objects", { customer_id: "cus_missing", name: "x" }, { headers }))).status).toBe(404)
      expect((await err(api.post("/admin/service-objects", { customer_id: customer.id, name: "x", product_variant_id: "variant_missing" }, { headers }))).status).toBe(404)
      expect((await err(api.get("/admin/service-objects?order=secret", { headers }))).status).toBe(400)
      expect((await err(api.get("/admin/service-objects/sobj_missing", { headers }))).status).toBe(404)
      expect((await err(api.post("/admin/service-objects/sobj_missing", { name: "x" }, { headers }))).status).toBe(404)
      expect((await err(api.delete("/admin/service-objects/sobj_missing", { headers }))).status).toBe(404)
      expect((await err(api.get("/admin/service-objects"))).status).toBe(401)
      expect((await err(api.post("/admin/service-objects", { customer_id: customer.id, name: "x" }))).status).toBe(401)
      expect((await api.get("/admin/service-objects", { headers })).data.count).toBe(0)
    })
  },
})
