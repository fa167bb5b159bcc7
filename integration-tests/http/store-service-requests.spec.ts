import { MedusaError, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { createAdmin, createPublishableKey, createStoreCustomer } from "../helpers/auth"
import { createCatalog, placeOrder } from "../helpers/commerce"
import { createServiceRequestWorkflow } from "../../src/workflows"

jest.setTimeout(120000)

// A host app's hook after the write: throwing must undo the order and the object registered for it.
createServiceRequestWorkflow.hooks.serviceRequestCreated(async ({ additional_data }) => {
  if (additional_data?.refuse) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Host app refused the request")
  }
})

const HOUR = 60 * 60 * 1000
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString()
const ADDRESS = { first_name: "Alice", address_1: "Kastanienallee 5", city: "Berlin", postal_code: "10435", country_code: "DE" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let alice: Awaited<ReturnType<typeof createStoreCustomer>>
    let bob: Awaited<ReturnType<typeof createStoreCustomer>>
    let anonymous: Record<string, string>
    let catalog: Awaited<ReturnType<typeof createCatalog>>
    let aliceObject: any
    let bobObject: any
    let aliceOrder: any
    let bobOrder: any
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)
    const request = (body: Record<string, unknown>, headers: Record<string, string> = alice.headers) => err(api.post("/store/service-requests", body, { headers }))
    const counts = async () => ({
      orders: (await service().listAndCountServiceOrders({}))[1],
      objects: (await service().listAndCountServiceObjects({}))[1],
      transitions: (await service().listAndCountStageTransitions({}))[1],
    })
    const order = (customer: typeof alice) =>
      placeOrder(getContainer(), {
        customer_id: customer.customer.id,
        email: customer.customer.email!,
        region_id: catalog.region.id,
        sales_channel_id: catalog.channel.id,
        variant_id: catalog.variant.id,
      })

    beforeEach(async () => {
      const container = getContainer()
      await service().ensureDefaultStages()
      ;({ headers: adminHeaders } = await createAdmin(container))
      const key = await createPublishableKey(container)
      anonymous = { "x-publishable-api-key": key }
      alice = await createStoreCustomer(container, "alice@example.com", key)
      bob = await createStoreCustomer(container, "bob@example.com", key)
      catalog = await createCatalog(container)
      await service().createServiceWarrantyTerms({ variant_id: catalog.variant.id, duration_months: 24, remedies: ["repair"] })
      aliceOrder = await order(alice)
      bobOrder = await order(bob)
      aliceObject = (await api.post("/admin/service-objects", { customer_id: alice.customer.id, name: "Coffee machine", serial_number: "CM-1", address: ADDRESS }, { headers: adminHeaders })).data.service_object
      bobObject = (await api.post("/admin/service-objects", { customer_id: bob.customer.id, name: "E-bike", serial_number: "EB-9" }, { headers: adminHeaders })).data.service_object
      await api.post(
        "/admin/service-level-agreements",
        {
          code: "STD",
          name: "Standard",
          response_minutes: 120,
          resolution_minutes: 600,
          timezone: "UTC",
          working_hours: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), [{ start: "00:00", end: "24:00" }]])),
          holidays: [],
          is_default: true,
        },
        { headers: adminHeaders }
      )
    })

    describe("for an object the customer owns", () => {
      it("creates a storefront service order in the requested stage with its SLA due times and the customer as actor", async () => {
        const start = inHours(30)
        const end = inHours(33)
        const res = await request({ service_object_id: aliceObject.id, description: "Leaks water when brewing", preferred_start: start, preferred_end: end })
        expect(res.status).toBe(201)
        const so = res.data.service_order
        expect(so).toEqual(
          expect.objectContaining({
            channel: "storefront",
            title: "Coffee machine",
            description: "Leaks water when brewing",
            preferred_start: start,
            preferred_end: end,
            // The object's address is where the work is, unless the request names another.
            address: ADDRESS,
            stage: expect.objectContaining({ code: "requested" }),
            can_cancel: true,
            service_object: { id: aliceObject.id, name: "Coffee machine", serial_number: "CM-1" },
          })
        )
        const created = new Date(so.created_at).getTime()
        expect(new Date(so.response_due_at).getTime() - created).toBeGreaterThanOrEqual(120 * 60 * 1000 - 5000)
        expect(new Date(so.resolution_due_at).getTime() - created).toBeGreaterThanOrEqual(600 * 60 * 1000 - 5000)
        for (const field of ["internal_note", "cost_total", "margin_total", "customer_id", "created_by", "metadata"]) {
          expect(so).not.toHaveProperty(field)
        }
        const admin = (await api.get(`/admin/service-orders/${so.id}`, { headers: adminHeaders })).data.service_order
        expect(admin.customer_id).toBe(alice.customer.id)
        expect(admin.stage_transitions[0]).toEqual(expect.objectContaining({ actor_type: "customer", actor_id: alice.customer.id }))
      })

      it("takes an address and a title of the customer's own", async () => {
        const address = { address_1: "Hafenstraße 1", city: "Hamburg", postal_code: "20359", country_code: "de" }
        const so = (await request({ service_object_id: aliceObject.id, description: "Annual check", title: "Yearly service", address })).data.service_order
        expect(so).toEqual(expect.objectContaining({ title: "Yearly service", address, preferred_start: null }))
      })
    })

    describe("for a line item of the customer's order", () => {
      it("registers the object on the fly (variant, order, serial, warranty end from the variant) and reuses it next time", async () => {
        const item = aliceOrder.items[0]
        const before = await counts()
        const res = await request({ order_id: aliceOrder.id, order_line_item_id: item.id, serial_number: "HP-200-0001", description: "Makes a loud humming noise" })
        expect(res.status).toBe(201)
        const so = res.data.service_order
        expect(so.service_object).toEqual({ id: expect.any(String), name: "Heat pump HP-200", serial_number: "HP-200-0001" })
        const object = (await api.get(`/admin/service-objects/${so.service_object.id}`, { headers: adminHeaders })).data.service_object
        expect(object).toEqual(
          expect.objectContaining({ customer_id: alice.customer.id, product_variant_id: catalog.variant.id, order_id: aliceOrder.id, order_line_item_id: item.id })
        )
        const bought = new Date(aliceOrder.created_at)
        const warranty = new Date(object.warranty_end)
        expect(warranty.getUTCFullYear() - bought.getUTCFullYear()).toBe(2)
        expect(warranty.getUTCMonth()).toBe(bought.getUTCMonth())
        // The order's shipping address is where the unit is.
        expect(so.address).toEqual(expect.objectContaining({ address_1: "Main St 1", city: "Berlin", country_code: "de" }))
        expect(await counts()).toEqual({ orders: before.orders + 1, objects: before.objects + 1, transitions: before.transitions + 1 })

        const again = (await request({ order_id: aliceOrder.id, order_line_item_id: item.id, serial_number: "HP-200-0001", description: "Still humming" })).data.service_order
        expect(again.service_object.id).toBe(so.service_object.id)
        const withoutSerial = (await request({ order_id: aliceOrder.id, order_line_item_id: item.id, description: "And again" })).data.service_order
        expect(withoutSerial.service_object.id).toBe(so.service_object.id)
        expect((await counts()).objects).toBe(before.objects + 1)

        // The new object is listed for the customer, its variant only with the allowlisted fields.
        for (const fields of [undefined, "*product_variant,product_variant.sku,product_variant.metadata,*product_variant.product"]) {
          const listed = (await api.get("/store/service-objects", { headers: alice.headers, params: { fields, order_id: aliceOrder.id } })).data.service_objects
          expect(listed.map((o: any) => o.id)).toEqual([so.service_object.id])
          expect(listed[0]).not.toHaveProperty("customer_id")
          if (listed[0].product_variant) {
            // Query adds the foreign key it joins on (product_id); nothing else beyond the allowlist.
            expect(["id", "title", "product", "product_id"]).toEqual(expect.arrayContaining(Object.keys(listed[0].product_variant)))
            expect(listed[0].product_variant).not.toHaveProperty("sku")
          }
        }
        const defaults = (await api.get("/store/service-objects", { headers: alice.headers, params: { order_id: aliceOrder.id } })).data.service_objects[0]
        expect(defaults.product_variant).toEqual(expect.objectContaining({ id: catalog.variant.id, title: "8 kW" }))
        expect(defaults.warranty_end).toEqual(object.warranty_end)
      })

      it("answers 404 for another customer's order or line item, and for a line item of another order, creating nothing", async () => {
        const before = await counts()
        const attempts = [
          { order_id: bobOrder.id, order_line_item_id: bobOrder.items[0].id },
          { order_id: aliceOrder.id, order_line_item_id: bobOrder.items[0].id },
          { order_id: "order_missing", order_line_item_id: aliceOrder.items[0].id },
          { order_id: aliceOrder.id, order_line_item_id: "ordli_missing" },
        ]
        for (const ids of attempts) {
          const res = await request({ ...ids, description: "Not mine" })
          expect(res.status).toBe(404)
          expect(res.data.message).not.toContain("bob")
        }
        expect((await request({ service_object_id: bobObject.id, description: "Mine now" })).status).toBe(404)
        expect((await request({ service_object_id: "sobj_missing", description: "Nothing" })).status).toBe(404)
        expect(await counts()).toEqual(before)
      })

      it("refuses a serial number already registered for the variant, creating nothing", async () => {
        await request({ order_id: bobOrder.id, order_line_item_id: bobOrder.items[0].id, serial_number: "HP-200-0042", description: "Bob's unit" }, bob.headers)
        const before = await counts()
        const res = await request({ order_id: aliceOrder.id, order_line_item_id: aliceOrder.items[0].id, serial_number: "HP-200-0042", description: "Mine?" })
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("already registered")
        expect(await counts()).toEqual(before)
      })
    })

    describe("refusals", () => {
      it("undoes the service order and the object registered on the fly when the serviceRequestCreated hook throws", async () => {
        const before = await counts()
        const { errors } = await createServiceRequestWorkflow(getContainer()).run({
          input: {
            customer_id: alice.customer.id,
            order_id: aliceOrder.id,
            order_line_item_id: aliceOrder.items[0].id,
            serial_number: "HP-200-0099",
            description: "x",
            additional_data: { refuse: true },
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("Host app refused the request")
        expect(await counts()).toEqual(before)
      })

      it("removes the object registered on the fly when the service order cannot be created", async () => {
        const [requested] = await service().listServiceStages({ code: "requested" })
        await service().updateServiceStages({ id: requested.id, is_active: false })
        const before = await counts()
        const res = await request({ order_id: aliceOrder.id, order_line_item_id: aliceOrder.items[0].id, serial_number: "HP-200-0007", description: "x" })
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("initial")
        expect(await counts()).toEqual(before)
        expect(await service().listServiceObjects({ serial_number: "HP-200-0007" }, { withDeleted: false })).toEqual([])
      })

      it("answers 400 for bad bodies and 401 when anonymous, creating nothing", async () => {
        const before = await counts()
        const base = { service_object_id: aliceObject.id, description: "x" }
        const bad: Record<string, unknown>[] = [
          {},
          { service_object_id: aliceObject.id },
          { ...base, description: "   " },
          { ...base, customer_id: bob.customer.id },
          { ...base, channel: "admin" },
          { ...base, priority: "urgent" },
          { ...base, internal_note: "VIP" },
          { ...base, preferred_start: inHours(5) },
          { ...base, preferred_end: inHours(5) },
          { ...base, preferred_start: inHours(5), preferred_end: inHours(2) },
          { ...base, preferred_start: inHours(5), preferred_end: inHours(5) },
          { ...base, preferred_start: inHours(-5), preferred_end: inHours(2) },
          { ...base, preferred_start: "tomorrow", preferred_end: inHours(30) },
          { ...base, address: { address_1: "x", city: "y", postal_code: "1", country_code: "Germany" } },
          { ...base, address: { city: "y", postal_code: "1", country_code: "de" } },
          { ...base, address: { ...ADDRESS, metadata: { a: 1 } } },
          { ...base, serial_number: "S-1" },
          { ...base, order_id: aliceOrder.id, order_line_item_id: aliceOrder.items[0].id },
          { order_id: aliceOrder.id, description: "x" },
          { order_line_item_id: aliceOrder.items[0].id, description: "x" },
          { ...base, title: "t".repeat(201) },
        ]
        for (const body of bad) {
          const res = await request(body)
          if (res.status !== 400) {
            throw new Error(`${JSON.stringify(body)} answered ${res.status}`)
          }
        }
        expect((await request(base, anonymous)).status).toBe(401)
        expect(await counts()).toEqual(before)
      })
    })
  },
})
