import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createPublishableKey, createStoreCustomer } from "../helpers/auth"
import { createCatalog, placeFulfilledOrder } from "../helpers/commerce"

jest.setTimeout(180000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mine: { headers: Record<string, string>; customer: { id: string } }
    let theirs: { headers: Record<string, string>; customer: { id: string } }
    let anonymous: Record<string, string>
    let catalog: Awaited<ReturnType<typeof createCatalog>>

    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)
    const count = async () => (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "service_return", fields: ["id"] })).data.length

    const fulfilledOrder = (customerId: string, email = "mine@example.com") =>
      placeFulfilledOrder(getContainer(), catalog, { customer_id: customerId, email, quantity: 2 })

    beforeEach(async () => {
      const container = getContainer()
      catalog = await createCatalog(container)
      const key = await createPublishableKey(container)
      anonymous = { "x-publishable-api-key": key }
      mine = (await createStoreCustomer(container, "mine@example.com", key)) as any
      theirs = (await createStoreCustomer(container, "theirs@example.com", key)) as any
    })

    it("a customer requests a return for repair of their own order and reads it back, customer-safe", async () => {
      const { orderId, lineId } = await fulfilledOrder(mine.customer.id)
      const { data } = await api.post(
        "/store/service-returns",
        { order_id: orderId, reason: "Makes a noise", items: [{ order_line_item_id: lineId, quantity: 1, serial_number: "HP-1" }] },
        { headers: mine.headers }
      )
      expect(data.service_return).toEqual(expect.objectContaining({ status: "requested", order_id: orderId }))
      expect(data.service_return.items[0]).toEqual(expect.objectContaining({ disposition: "repair_and_return", quantity: 1 }))
      for (const internal of ["customer_id", "created_by", "metadata", "return_id", "credit_pending_amount"]) {
        expect(data.service_return).not.toHaveProperty(internal)
      }
      const list = (await api.get("/store/service-returns", { headers: mine.headers })).data
      expect(list.service_returns.map((r: any) => r.id)).toEqual([data.service_return.id])
      const one = (await api.get(`/store/service-returns/${data.service_return.id}`, { headers: mine.headers })).data.service_return
      expect(one.history).toEqual([expect.objectContaining({ to_status: "requested" })])
      expect(one.history[0]).not.toHaveProperty("actor_id")
      // Asking for internal fields does not reveal them.
      const asked = await err(api.get(`/store/service-returns/${data.service_return.id}?fields=created_by,id`, { headers: mine.headers }))
      expect(asked.data.service_return ?? {}).not.toHaveProperty("created_by")
    })

    it("401 anonymous, 404 for another customer's order and returns, nothing changed", async () => {
      const { orderId, lineId } = await fulfilledOrder(mine.customer.id)
      const body = { order_id: orderId, items: [{ order_line_item_id: lineId, quantity: 1 }] }
      expect((await err(api.post("/store/service-returns", body, { headers: anonymous }))).status).toBe(401)
      expect((await err(api.get("/store/service-returns", { headers: anonymous }))).status).toBe(401)
      expect((await err(api.post("/store/service-returns", body, { headers: theirs.headers }))).status).toBe(404)
      expect(await count()).toBe(0)
      const created = (await api.post("/store/service-returns", body, { headers: mine.headers })).data.service_return
      expect((await err(api.get(`/store/service-returns/${created.id}`, { headers: theirs.headers }))).status).toBe(404)
      expect((await api.get("/store/service-returns", { headers: theirs.headers })).data.count).toBe(0)
    })

    it("400 for bad quantities, foreign lines, scrap, unknown fields and outside the return window; nothing changed", async () => {
      const { orderId, lineId } = await fulfilledOrder(mine.customer.id)
      const other = await fulfilledOrder(mine.customer.id)
      const bad = [
        { order_id: orderId, items: [{ order_line_item_id: lineId, quantity: 3 }] },
        { order_id: orderId, items: [{ order_line_item_id: lineId, quantity: -1 }] },
        { order_id: orderId, items: [{ order_line_item_id: other.lineId, quantity: 1 }] },
        { order_id: orderId, items: [{ order_line_item_id: lineId, quantity: 1, disposition: "scrap" }] },
        { order_id: orderId, items: [{ order_line_item_id: lineId, quantity: 1, service_object_id: "sobj_x" }] },
        { order_id: orderId, items: [] },
      ]
      for (const body of bad) {
        expect((await err(api.post("/store/service-returns", body, { headers: mine.headers }))).status).toBe(400)
      }
      // 31 days old: the default window of 30 days has closed.
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw(`UPDATE "order" SET created_at = now() - interval '31 days' WHERE id = ?`, [orderId])
      const late = await err(api.post("/store/service-returns", { order_id: orderId, items: [{ order_line_item_id: lineId, quantity: 1 }] }, { headers: mine.headers }))
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/return window of 30 days/)
      expect(await count()).toBe(0)
    })
  },
})
