import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow, createOrderPaymentCollectionWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { createAdmin } from "../helpers/auth"
import { createCatalog, placeFulfilledOrder, setDefaultSalesChannel } from "../helpers/commerce"

jest.setTimeout(240000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let customerId: string
    let catalog: Awaited<ReturnType<typeof createCatalog>>

    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)

    /** A real Medusa order of 4 units, fulfilled. */
    const fulfilledOrder = () => placeFulfilledOrder(getContainer(), catalog, { customer_id: customerId, email: "rma@example.com", quantity: 4 })
    const createReturn = async (orderId: string, lineId: string, disposition: string, extra: Record<string, unknown> = {}) => {
      const { data } = await api.post(
        "/admin/service-returns",
        { order_id: orderId, reason: "Does not heat", items: [{ order_line_item_id: lineId, quantity: 1, disposition, serial_number: `SN-${disposition}`, ...extra }] },
        { headers }
      )
      return data.service_return
    }
    const createReturnRequest = (orderId: string, lineId: string, quantity: number) =>
      api.post(
        "/admin/service-returns",
        { order_id: orderId, items: [{ order_line_item_id: lineId, quantity, disposition: "scrap" }] },
        { headers }
      )
    const medusaReturn = async (id: string) => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "return",
        fields: ["id", "status", "order_id", "items.quantity", "items.received_quantity"],
        filters: { id },
      })
      return data[0] as any
    }
    const approveAndReceive = async (id: string) => {
      const approved = (await api.post(`/admin/service-returns/${id}/approve`, {}, { headers })).data.service_return
      const received = (await api.post(`/admin/service-returns/${id}/receive`, {}, { headers })).data.service_return
      return { approved, received }
    }

    beforeEach(async () => {
      const container = getContainer()
      await container.resolve(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
      catalog = await createCatalog(container)
      await setDefaultSalesChannel(container, catalog.channel.id)
      const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "rma@example.com", first_name: "Rita" })
      customerId = customer.id
    })

    it("repair and return: request → approve (Medusa return requested) → receive (object, return-channel service order) → resolve", async () => {
      const { orderId, lineId } = await fulfilledOrder()
      const created = await createReturn(orderId, lineId, "repair_and_return")
      expect(created).toEqual(expect.objectContaining({ number: "RMA-000001", status: "requested", order_id: orderId, customer_id: customerId }))

      const { approved, received } = await approveAndReceive(created.id)
      expect(approved.status).toBe("approved")
      expect(approved.return_id).toEqual(expect.any(String))
      const ret = await medusaReturn(approved.return_id)
      expect(ret.order_id).toBe(orderId)
      expect(ret.status).toBe("received")
      expect(Number(ret.items[0].received_quantity)).toBe(1)

      expect(received.status).toBe("in_repair")
      expect(received.received_at).toBeTruthy()
      expect(received.items[0].service_object_id).toEqual(expect.any(String))
      expect(received.items[0].under_warranty).toBe(false)
      expect(received.history.map((h: any) => h.to_status).sort()).toEqual(["approved", "in_repair", "received", "requested"].sort())

      const so = (await api.get(`/admin/service-orders/${received.service_order_id}?fields=*lines,channel,service_object_id,customer_id`, { headers })).data.service_order
      expect(so.channel).toBe("return")
      expect(so.customer_id).toBe(customerId)
      expect(so.service_object_id).toBe(received.items[0].service_object_id)
      expect(so.lines).toHaveLength(1)
      expect(so.lines[0].billable).toBe(true)
      const object = (await api.get(`/admin/service-objects/${received.items[0].service_object_id}`, { headers })).data.service_object
      expect(object).toEqual(expect.objectContaining({ serial_number: "SN-repair_and_return", order_line_item_id: lineId, customer_id: customerId }))

      const resolved = (await api.post(`/admin/service-returns/${created.id}/resolve`, { note: "Repaired and shipped" }, { headers })).data.service_return
      expect(resolved.status).toBe("resolved")
      expect(resolved.history.find((h: any) => h.to_status === "resolved").note).toBe("Repaired and shipped")
    })

    it("flags items under warranty and makes their repair lines non-billable", async () => {
      await getContainer().resolve(SERVICE_MANAGEMENT_MODULE).createServiceWarrantyTerms({ product_id: catalog.product.id, duration_months: 12, remedies: ["repair"] })
      const { orderId, lineId } = await fulfilledOrder()
      const created = await createReturn(orderId, lineId, "repair_and_return")
      const { received } = await approveAndReceive(created.id)
      expect(received.items[0].under_warranty).toBe(true)
      const so = (await api.get(`/admin/service-orders/${received.service_order_id}?fields=*lines`, { headers })).data.service_order
      expect(so.lines[0].billable).toBe(false)
    })

    it("replace sends the replacement as a Medusa claim (type replace) on the original order, at no charge", async () => {
      const { orderId, lineId } = await fulfilledOrder()
      const created = await createReturn(orderId, lineId, "replace")
      const { received } = await approveAndReceive(created.id)
      expect(received.status).toBe("received")
      expect(received.service_order_id).toBeNull()
      expect(received.replacement_claim_id).toEqual(expect.any(String))

      // Visible as Medusa's own claim on the original order, through Medusa's admin API.
      const fields = "id,type,order_id,canceled_at,claim_items.is_additional_item,claim_items.item_id,claim_items.quantity,additional_items.is_additional_item,additional_items.quantity,additional_items.item.variant_id,additional_items.item.unit_price"
      const { claims } = (await api.get(`/admin/claims?order_id=${orderId}&fields=${fields}`, { headers })).data
      expect(claims).toHaveLength(1)
      const claim = claims[0]
      expect(claim).toEqual(expect.objectContaining({ id: received.replacement_claim_id, type: "replace", order_id: orderId, canceled_at: null }))
      const claimed = claim.claim_items.filter((i: any) => !i.is_additional_item)
      const sent = claim.additional_items.filter((i: any) => i.is_additional_item)
      expect(claimed.map((i: any) => [i.item_id, Number(i.quantity)])).toEqual([[lineId, 1]])
      expect(sent.map((i: any) => [i.item.variant_id, Number(i.item.unit_price), Number(i.quantity)])).toEqual([[catalog.variant.id, 0, 1]])
      // No separate order was made.
      const { data: orders } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id"], filters: { customer_id: customerId } })
      expect(orders.map((o: any) => o.id)).toEqual([orderId])
      expect((await api.post(`/admin/service-returns/${created.id}/resolve`, {}, { headers })).data.service_return.status).toBe("resolved")
    })

    it("credit refunds the items' value on the order's captured payment, through Medusa", async () => {
      const { orderId, lineId } = await fulfilledOrder()
      const container = getContainer()
      // A captured payment of the whole order (4 × 4200), made with Medusa's system payment provider.
      const { result: collections } = await createOrderPaymentCollectionWorkflow(container).run({ input: { order_id: orderId, amount: 16800 } })
      const collection: any = Array.isArray(collections) ? collections[0] : collections
      const payments = container.resolve(Modules.PAYMENT)
      const session = await payments.createPaymentSession(collection.id, { provider_id: "pp_system_default", amount: 16800, currency_code: "eur", data: {} })
      const payment = await payments.authorizePaymentSession(session.id, {})
      await capturePaymentWorkflow(container).run({ input: { payment_id: payment!.id } })

      const created = await createReturn(orderId, lineId, "credit")
      const { received } = await approveAndReceive(created.id)
      expect(Number(received.refund_amount)).toBe(4200)
      expect(received.credit_pending_amount).toBeNull()
      const refunds = await payments.listRefunds({ payment_id: payment!.id })
      expect(refunds.map((r: any) => Number(r.amount))).toEqual([4200])
    })

    it("credit without a captured payment records the amount still to be credited", async () => {
      const { orderId, lineId } = await fulfilledOrder()
      const created = await createReturn(orderId, lineId, "credit")
      const { received } = await approveAndReceive(created.id)
      expect(received.status).toBe("received")
      expect(Number(received.credit_pending_amount)).toBe(4200)
      expect(received.refund_amount).toBeNull()
    })

    it("scrap just closes the items", async () => {
      const { orderId, lineId } = await fulfilledOrder()
      const created = await createReturn(orderId, lineId, "scrap")
      const { received } = await approveAndReceive(created.id)
      expect(received).toEqual(expect.objectContaining({ status: "received", service_order_id: null, replacement_claim_id: null, credit_pending_amount: null }))
      expect((await api.post(`/admin/service-returns/${created.id}/resolve`, {}, { headers })).data.service_return.status).toBe("resolved")
    })

    it("reject cancels the requested Medusa return", async () => {
      const { orderId, lineId } = await fulfilledOrder()
      const created = await createReturn(orderId, lineId, "repair_and_return")
      const approved = (await api.post(`/admin/service-returns/${created.id}/approve`, {}, { headers })).data.service_return
      const rejected = (await api.post(`/admin/service-returns/${created.id}/reject`, { note: "Damage by misuse" }, { headers })).data.service_return
      expect(rejected.status).toBe("rejected")
      expect((await medusaReturn(approved.return_id)).status).toBe("canceled")
      // The quantity is returnable again.
      expect((await createReturn(orderId, lineId, "scrap", { quantity: 4 })).status).toBe("requested")
    })

    it("counts an approved return once against what is left to return", async () => {
      const { orderId, lineId } = await fulfilledOrder()
      const first = await createReturn(orderId, lineId, "repair_and_return")
      await api.post(`/admin/service-returns/${first.id}/approve`, {}, { headers })
      // 4 fulfilled, 1 requested through Medusa's return: 3 remain, and a fourth unit does not.
      const tooMany = await err(createReturnRequest(orderId, lineId, 4))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/only 3 can still be returned/)
      expect((await createReturn(orderId, lineId, "scrap", { quantity: 3 })).status).toBe("requested")
      // The requested one holds its units too.
      const none = await err(createReturnRequest(orderId, lineId, 1))
      expect(none.data.message).toMatch(/only 0 can still be returned/)
    })

    it("refuses illegal status moves with 400 and changes nothing", async () => {
      const { orderId, lineId } = await fulfilledOrder()
      const created = await createReturn(orderId, lineId, "repair_and_return")
      for (const action of ["receive", "resolve"]) {
        const res = await err(api.post(`/admin/service-returns/${created.id}/${action}`, {}, { headers }))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/is requested/)
      }
      const after = (await api.get(`/admin/service-returns/${created.id}`, { headers })).data.service_return
      expect(after.status).toBe("requested")
      expect(after.return_id).toBeNull()
      expect(after.history).toHaveLength(1)
      await approveAndReceive(created.id)
      const reject = await err(api.post(`/admin/service-returns/${created.id}/reject`, {}, { headers }))
      expect(reject.status).toBe(400)
      expect((await api.get(`/admin/service-returns/${created.id}`, { headers })).data.service_return.status).toBe("in_repair")
    })

    it("moves a return only from the status the caller saw: a stale from_status gets 409 naming the status now, changing nothing", async () => {
      const { orderId, lineId } = await fulfilledOrder()
      const created = await createReturn(orderId, lineId, "scrap")
      const move = (action: string, from_status: string) =>
        err(api.post(`/admin/service-returns/${created.id}/${action}`, { from_status }, { headers }))
      expect((await move("approve", "requested")).data.service_return.status).toBe("approved")
      const before = (await api.get(`/admin/service-returns/${created.id}`, { headers })).data.service_return
      const stale = await move("reject", "requested")
      expect(stale.status).toBe(409)
      expect(stale.data).toEqual({
        type: "conflict",
        message: `Service return ${created.number} is now approved (you expected requested); reload it and try again`,
      })
      const after = (await api.get(`/admin/service-returns/${created.id}`, { headers })).data.service_return
      expect([after.status, after.history.length, after.return_id]).toEqual([before.status, before.history.length, before.return_id])
      expect((await medusaReturn(before.return_id)).status).not.toBe("canceled")
      const rejected = await move("reject", "approved")
      expect(rejected.data.service_return.status).toBe("rejected")
      expect((await move("resolve", "lost")).status).toBe(400)
    })

    it("lets one of two simultaneous moves of a return through: approve, receive and resolve happen once", async () => {
      const { orderId, lineId } = await fulfilledOrder()
      const created = await createReturn(orderId, lineId, "repair_and_return")
      const twice = async (action: string) => {
        const results = await Promise.all([1, 2].map(() => err(api.post(`/admin/service-returns/${created.id}/${action}`, {}, { headers }))))
        expect(results.map((r: any) => r.status).sort()).toEqual([200, 400])
        return results.find((r: any) => r.status === 200)!.data.service_return
      }
      const approved = await twice("approve")
      const received = await twice("receive")
      expect(received.status).toBe("in_repair")
      await twice("resolve")
      const after = (await api.get(`/admin/service-returns/${created.id}`, { headers })).data.service_return
      expect(after.history.map((h: any) => h.to_status).sort()).toEqual(["approved", "in_repair", "received", "requested", "resolved"].sort())
      // One Medusa return, received once; one repair order.
      const { data: returns } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "return",
        fields: ["id", "status"],
        filters: { order_id: orderId },
      })
      expect(returns.filter((r: any) => r.status !== "canceled").map((r: any) => r.id)).toEqual([approved.return_id])
      expect(Number((await medusaReturn(approved.return_id)).items[0].received_quantity)).toBe(1)
      const orders = (await api.get(`/admin/service-orders?channel=return&customer_id=${customerId}`, { headers })).data
      expect(orders.count).toBe(1)
    })

    it("refuses bad items with 400: foreign line, too many units, zero quantity, unknown field", async () => {
      const { orderId, lineId } = await fulfilledOrder()
      const other = await fulfilledOrder()
      const bodies = [
        { order_id: orderId, items: [{ order_line_item_id: other.lineId, quantity: 1, disposition: "scrap" }] },
        { order_id: orderId, items: [{ order_line_item_id: lineId, quantity: 5, disposition: "scrap" }] },
        { order_id: orderId, items: [{ order_line_item_id: lineId, quantity: 0, disposition: "scrap" }] },
        { order_id: orderId, items: [{ order_line_item_id: lineId, quantity: 1, disposition: "melt" }] },
        { order_id: orderId, items: [] },
        { order_id: orderId, bogus: 1, items: [{ order_line_item_id: lineId, quantity: 1, disposition: "scrap" }] },
      ]
      for (const body of bodies) {
        const res = await err(api.post("/admin/service-returns", body, { headers }))
        expect(res.status).toBe(400)
      }
      await createReturn(orderId, lineId, "scrap", { quantity: 3 })
      // Units held by a live service return cannot be returned twice.
      expect((await err(api.post("/admin/service-returns", bodies[1] && { order_id: orderId, items: [{ order_line_item_id: lineId, quantity: 2, disposition: "scrap" }] }, { headers }))).status).toBe(400)
      expect((await api.get("/admin/service-returns", { headers })).data.count).toBe(1)
    })

    it("lists with filters, search and paging; 404 for unknown ids and orders; 401 anonymous", async () => {
      const a = await fulfilledOrder()
      const b = await fulfilledOrder()
      const r1 = await createReturn(a.orderId, a.lineId, "scrap")
      const r2 = await createReturn(b.orderId, b.lineId, "repair_and_return")
      await api.post(`/admin/service-returns/${r2.id}/approve`, {}, { headers })

      const byStatus = (await api.get("/admin/service-returns?status=approved", { headers })).data
      expect(byStatus.service_returns.map((r: any) => r.id)).toEqual([r2.id])
      const byOrder = (await api.get(`/admin/service-returns?order_id=${a.orderId}`, { headers })).data
      expect(byOrder.service_returns.map((r: any) => r.id)).toEqual([r1.id])
      expect((await api.get(`/admin/service-returns?customer_id=${customerId}`, { headers })).data.count).toBe(2)
      expect((await api.get(`/admin/service-returns?q=${r2.number}`, { headers })).data.service_returns.map((r: any) => r.id)).toEqual([r2.id])
      const page = (await api.get("/admin/service-returns?limit=1&offset=1&order=created_at&fields=id,number", { headers })).data
      expect(page).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
      expect(page.service_returns).toEqual([{ id: r2.id, number: r2.number }])

      expect((await err(api.get("/admin/service-returns/sret_missing", { headers }))).status).toBe(404)
      expect((await err(api.post("/admin/service-returns/sret_missing/approve", {}, { headers }))).status).toBe(404)
      expect((await err(api.post("/admin/service-returns", { order_id: "order_missing", items: [{ order_line_item_id: "x", quantity: 1, disposition: "scrap" }] }, { headers }))).status).toBe(404)
      expect((await err(api.get("/admin/service-returns"))).status).toBe(401)
      expect((await err(api.post(`/admin/service-returns/${r1.id}/approve`, {}))).status).toBe(401)
    })
  },
})
