import { Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { registerFulfilledUnitsWorkflow } from "../../src/workflows/installed-base/register-fulfilled-units"
import { createCatalog, deliverFulfilment, emit, fulfilOrder } from "../helpers/commerce"

jest.setTimeout(240000)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let catalog: Awaited<ReturnType<typeof createCatalog>>
    let customerId: string
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const objectsOf = (orderId: string) => service().listServiceObjects({ order_id: orderId }, { order: { unit_index: "ASC" } })
    /** Subscribers run after the event is emitted: wait until `check` holds (or fail with its last answer). */
    const until = async <T>(read: () => Promise<T>, check: (v: T) => boolean) => {
      let value = await read()
      for (let i = 0; i < 100 && !check(value); i++) {
        await new Promise((r) => setTimeout(r, 100))
        value = await read()
      }
      return value
    }
    const addMonths = (d: Date | string, months: number) => {
      const x = new Date(d)
      x.setUTCMonth(x.getUTCMonth() + months)
      return x.toISOString()
    }
    const order = async (quantity: number) => {
      const { result } = await createOrderWorkflow(getContainer()).run({
        input: {
          customer_id: customerId,
          email: "ib@example.com",
          region_id: catalog.region.id,
          sales_channel_id: catalog.channel.id,
          currency_code: "eur",
          items: [{ variant_id: catalog.variant.id, quantity, title: "Heat pump HP-200", unit_price: 4200 }],
          shipping_address: { first_name: "Jo", last_name: "Doe", address_1: "Main St 1", city: "Berlin", country_code: "de", postal_code: "10115" },
        },
      })
      return { id: result.id as string, created_at: result.created_at as Date, line: (result as any).items[0].id as string }
    }
    const term = (body: Record<string, unknown>) => service().createServiceWarrantyTerms({ product_id: catalog.product.id, duration_months: 24, remedies: ["repair"], ...body } as any)

    beforeEach(async () => {
      catalog = await createCatalog(getContainer())
      customerId = (await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "ib@example.com" })).id
    })

    describe("Installed base at fulfilment", () => {
      it("registers one object per fulfilled unit, and a second delivery of the same event creates none", async () => {
        await term({ start_basis: "placed" })
        const o = await order(3)
        const first = await fulfilOrder(getContainer(), o.id, [{ id: o.line, quantity: 2 }])
        const objects = await until(() => objectsOf(o.id), (r) => r.length === 2)
        expect(objects.map((x) => [x.unit_index, x.fulfillment_id, x.customer_id, x.order_line_item_id])).toEqual([
          [0, first.id, customerId, o.line],
          [1, first.id, customerId, o.line],
        ])
        expect(objects[0]).toEqual(expect.objectContaining({ name: "Heat pump HP-200", product_variant_id: catalog.variant.id, serial_number: null }))
        expect(new Date(objects[0].warranty_end!).toISOString()).toBe(addMonths(o.created_at, 24))
        expect(objects[0].address).toEqual(expect.objectContaining({ address_1: "Main St 1", city: "Berlin" }))

        await emit(getContainer(), "order.fulfillment_created", { order_id: o.id, fulfillment_id: first.id })
        const { result } = await registerFulfilledUnitsWorkflow(getContainer()).run({ input: { order_id: o.id, fulfillment_id: first.id } })
        expect(result).toEqual([])
        await new Promise((r) => setTimeout(r, 1000))
        expect(await objectsOf(o.id)).toHaveLength(2)

        // The next fulfilment numbers its units after the first's.
        await fulfilOrder(getContainer(), o.id, [{ id: o.line, quantity: 1 }])
        expect((await until(() => objectsOf(o.id), (r) => r.length === 3)).map((x) => x.unit_index)).toEqual([0, 1, 2])
      })

      it("reuses an object registered for the line before (a service request) for its next unit", async () => {
        const o = await order(2)
        const [earlier] = (await service().createServiceObjects([{ name: "Heat pump", customer_id: customerId, order_id: o.id, order_line_item_id: o.line, serial_number: "HP-1" }] as any)) as unknown as { id: string }[]
        await fulfilOrder(getContainer(), o.id, [{ id: o.line, quantity: 2 }])
        const objects = await until(() => objectsOf(o.id), (r) => r.length === 2 && r.every((x) => x.unit_index !== null))
        expect(objects.find((x) => x.id === earlier.id)).toEqual(expect.objectContaining({ unit_index: 0, serial_number: "HP-1" }))
      })

      it("counts the warranty from the fulfilment, or from the delivery once it is delivered", async () => {
        await term({ start_basis: "fulfilled", duration_months: 12 })
        const fulfilled = await order(1)
        const f = await fulfilOrder(getContainer(), fulfilled.id, [{ id: fulfilled.line, quantity: 1 }])
        const [byFulfilment] = await until(() => objectsOf(fulfilled.id), (r) => r.length === 1)
        expect(new Date(byFulfilment.warranty_end!).toISOString()).toBe(addMonths(f.created_at, 12))
        expect(new Date(byFulfilment.warranty_starts_at!).toISOString()).toBe(new Date(f.created_at).toISOString())

        const [variantTerm] = (await service().createServiceWarrantyTerms([{ variant_id: catalog.variant.id, duration_months: 6, start_basis: "delivered", remedies: ["replace"] }] as any)) as unknown as { id: string }[]
        const delivered = await order(1)
        const d = await fulfilOrder(getContainer(), delivered.id, [{ id: delivered.line, quantity: 1 }])
        const [waiting] = await until(() => objectsOf(delivered.id), (r) => r.length === 1)
        // The variant's term overrides the product's; undelivered, the warranty has no start or end yet.
        expect(waiting).toEqual(expect.objectContaining({ warranty_term_id: variantTerm.id, warranty_starts_at: null, warranty_end: null }))
        const at = new Date("2026-12-01T10:00:00Z")
        await deliverFulfilment(getContainer(), d.id, at)
        const [started] = await until(() => objectsOf(delivered.id), (r) => !!r[0].warranty_end)
        expect(new Date(started.warranty_end!).toISOString()).toBe("2027-06-01T10:00:00.000Z")
      })

      it("ends the warranty of returned units and of a cancelled order's units, keeping them as history", async () => {
        await term({})
        const o = await order(2)
        await fulfilOrder(getContainer(), o.id, [{ id: o.line, quantity: 2 }])
        await until(() => objectsOf(o.id), (r) => r.length === 2)
        const orders = getContainer().resolve(Modules.ORDER)
        const ret = await orders.createReturn({ order_id: o.id, items: [{ id: o.line, quantity: 1 }] } as any)
        await orders.receiveReturn({ return_id: ret.id, items: [{ id: o.line, quantity: 1 }] } as any)
        await emit(getContainer(), "order.return_received", { order_id: o.id, return_id: ret.id })
        const afterReturn = await until(() => objectsOf(o.id), (r) => r.some((x) => x.warranty_ended_at))
        expect(afterReturn.map((x) => [x.unit_index, x.warranty_end_reason])).toEqual([
          [0, null],
          [1, "returned"],
        ])
        expect(afterReturn[1].warranty_end).not.toBeNull()

        await emit(getContainer(), "order.canceled", { id: o.id })
        const afterCancel = await until(() => objectsOf(o.id), (r) => r.every((x) => x.warranty_ended_at))
        expect(afterCancel.map((x) => x.warranty_end_reason)).toEqual(["order_canceled", "returned"])
      })
    })
  },
})
