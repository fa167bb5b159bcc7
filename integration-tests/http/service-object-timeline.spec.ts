import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { createAdmin, createPublishableKey, createStoreCustomer } from "../helpers/auth"
import { createCatalog, placeFulfilledOrder, setDefaultSalesChannel } from "../helpers/commerce"
import { queriesOf } from "../helpers/query-count"

jest.setTimeout(300000)

const WEEKDAYS = Object.fromEntries([1, 2, 3, 4, 5].map((d) => [String(d), [{ start: "08:00", end: "17:00" }]]))
const day = 86400000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let alice: Awaited<ReturnType<typeof createStoreCustomer>>
    let bob: Awaited<ReturnType<typeof createStoreCustomer>>
    let catalog: Awaited<ReturnType<typeof createCatalog>>
    let technicianId: string
    let visitDay = 0
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const timeline = async (id: string, query = "") => (await api.get(`/admin/service-objects/${id}/timeline${query}`, { headers })).data

    beforeEach(async () => {
      const container = getContainer()
      await service().ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
      const key = await createPublishableKey(container)
      alice = await createStoreCustomer(container, "alice@example.com", key)
      bob = await createStoreCustomer(container, "bob@example.com", key)
      catalog = await createCatalog(container)
      await setDefaultSalesChannel(container, catalog.channel.id)
      technicianId = (
        await api.post("/admin/technicians", { first_name: "Tom", last_name: "Tinkerman", timezone: "UTC", working_hours: WEEKDAYS }, { headers })
      ).data.technician.id
    })

    /** A unit bought and fulfilled on a real order, registered as alice's object under warranty. */
    const boughtObject = async () => {
      const { orderId, lineId } = await placeFulfilledOrder(getContainer(), catalog, { customer_id: alice.customer.id, email: "alice@example.com", quantity: 1 })
      const [object] = (await service().createServiceObjects([
        {
          name: "Heat pump",
          customer_id: alice.customer.id,
          order_id: orderId,
          order_line_item_id: lineId,
          product_variant_id: catalog.variant.id,
          warranty_starts_at: new Date(Date.now() - 10 * day),
          warranty_end: new Date(Date.now() + 700 * day),
        },
      ] as any)) as unknown as { id: string }[]
      return { object, orderId, lineId }
    }

    /** One more piece of history: a service order with a visit, a repair and its completion, and an agreement covering the object. */
    const serviceHistory = async (objectId: string) => {
      const so = (
        await api.post(
          "/admin/service-orders",
          { customer_id: alice.customer.id, service_object_id: objectId, title: "Noisy fan", internal_note: "Customer was rude", currency_code: "eur", lines: [{ type: "hour", description: "Labour", quantity: 1, unit_price: 85, unit_cost: 40 }] },
          { headers }
        )
      ).data.service_order
      visitDay++
      const start = new Date(Date.UTC(2026, 10, 2 + visitDay * 7, 9))
      await api.post(`/admin/service-orders/${so.id}/assignments`, { technician_id: technicianId, starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 3600000).toISOString() }, { headers })
      await service().createServiceRepairLines([{ service_order_id: so.id, service_object_id: objectId, status: "repaired", repaired_at: new Date(), notes: "Fan bearing was cheap", technician_id: technicianId }] as any)
      for (const to_stage of ["scheduled", "in_progress", "completed", "closed"]) {
        await api.post(`/admin/service-orders/${so.id}/transition`, { to_stage, note: "internal move note" }, { headers })
      }
      // The customer accepted an estimate for it (the row as the estimate workflows leave it).
      await service().createServiceEstimates([
        { service_order_id: so.id, version: 1, status: "accepted", draft_order_id: `order_estimate_${so.id}`, currency_code: "eur", valid_until: new Date(Date.now() + 7 * day), sent_at: new Date(Date.now() - 2 * day), answered_at: new Date(Date.now() - day), answer_note: "Go ahead" },
      ] as any)
      const [agreement] = await service().createNumberedServiceAgreements([
        { name: "Care plan", customer_id: alice.customer.id, currency_code: "eur", valid_from: new Date(Date.now() - day), valid_to: new Date(Date.now() + 300 * day), status: "active", activated_at: new Date() } as any,
      ])
      await service().createServiceAgreementLines([{ agreement_id: agreement.id, type: "hour", description: "Yearly check", quantity: 1, unit_price: 0, service_object_id: objectId }] as any)
      return so
    }

    it("tells an object's life from purchase to replacement claim, newest first, with staff details in the admin", async () => {
      const { object, orderId, lineId } = await boughtObject()
      const so = await serviceHistory(object.id)
      // Another object's history stays on its own timeline.
      await serviceHistory((await boughtObject()).object.id)
      const sr = (await api.post("/admin/service-returns", { order_id: orderId, reason: "Broken again", items: [{ order_line_item_id: lineId, quantity: 1, disposition: "replace" }] }, { headers })).data.service_return
      await api.post(`/admin/service-returns/${sr.id}/approve`, {}, { headers })
      const received = (await api.post(`/admin/service-returns/${sr.id}/receive`, {}, { headers })).data.service_return

      const page = await timeline(object.id)
      const kinds = page.timeline_entries.map((e: any) => e.kind)
      expect(page).toEqual(expect.objectContaining({ limit: 50, offset: 0, count: page.timeline_entries.length }))
      for (const kind of ["purchased", "warranty_started", "warranty_ends", "agreement_started", "agreement_ends", "service_order_created", "stage_changed", "service_order_completed", "estimate_sent", "estimate_accepted", "visit", "repair", "return_requested", "return_received", "replacement_sent"]) {
        expect(kinds).toContain(kind)
      }
      const times = page.timeline_entries.map((e: any) => new Date(e.at).getTime())
      expect(times).toEqual([...times].sort((a, b) => b - a))
      const byKind = (kind: string) => page.timeline_entries.find((e: any) => e.kind === kind)
      expect(["visit", "repair", "service_order_created", "agreement_started"].map((k) => kinds.filter((x: string) => x === k).length)).toEqual([1, 1, 1, 1])
      expect(byKind("purchased").reference).toEqual(expect.objectContaining({ type: "order", id: orderId }))
      expect(byKind("replacement_sent").reference).toEqual({ type: "claim", id: received.replacement_claim_id })
      expect(byKind("visit").technician).toEqual({ first_name: "Tom", last_name: "Tinkerman" })
      expect(byKind("service_order_created")).toEqual(expect.objectContaining({ internal_note: "Customer was rude", reference: expect.objectContaining({ id: so.id, label: so.number }) }))
      expect(byKind("repair")).toEqual(expect.objectContaining({ title: "Repaired", internal_note: "Fan bearing was cheap" }))
      expect(byKind("service_order_completed").amounts).toEqual({ currency_code: "eur", revenue_total: 85, cost_total: 40 })
      expect(byKind("estimate_accepted")).toEqual(expect.objectContaining({ title: "Estimate accepted", description: "Go ahead", reference: expect.objectContaining({ id: so.id }) }))
      expect(byKind("estimate_sent").title).toBe("Estimate v1 sent")

      // Paging: offset/limit, and the `before` cursor.
      const second = await timeline(object.id, "?limit=3&offset=3")
      expect(second.timeline_entries.map((e: any) => e.id)).toEqual(page.timeline_entries.slice(3, 6).map((e: any) => e.id))
      const cursor = page.timeline_entries[4].at
      const older = await timeline(object.id, `?before=${encodeURIComponent(cursor)}`)
      expect(older.timeline_entries.every((e: any) => new Date(e.at).getTime() < new Date(cursor).getTime())).toBe(true)
      expect(older.count).toBeLessThan(page.count)
    })

    it("answers the owner in the store without costs, internal notes or surnames, and 404 to anyone else", async () => {
      const { object } = await boughtObject()
      await serviceHistory(object.id)
      const mine = (await api.get(`/store/service-objects/${object.id}/timeline`, { headers: alice.headers })).data
      expect(mine.timeline_entries.map((e: any) => e.kind)).toEqual(expect.arrayContaining(["purchased", "visit", "repair", "service_order_completed", "estimate_accepted"]))
      const text = JSON.stringify(mine)
      for (const hidden of ["Tinkerman", "Customer was rude", "Fan bearing was cheap", "internal move note", "cost_total", "revenue_total", "internal_note", "amounts"]) {
        expect(text).not.toContain(hidden)
      }
      expect(mine.timeline_entries.find((e: any) => e.kind === "visit").technician).toEqual({ first_name: "Tom" })

      expect((await err(api.get(`/store/service-objects/${object.id}/timeline`, { headers: bob.headers }))).status).toBe(404)
      expect((await err(api.get(`/store/service-objects/sobj_missing/timeline`, { headers: alice.headers }))).status).toBe(404)
      expect((await err(api.get(`/store/service-objects/${object.id}/timeline`, { headers: { "x-publishable-api-key": alice.headers["x-publishable-api-key"] } }))).status).toBe(401)
    })

    it("refuses bad paging with 400 and an unknown object with 404", async () => {
      const { object } = await boughtObject()
      expect((await err(api.get(`/admin/service-objects/${object.id}/timeline`))).status).toBe(401)
      for (const q of ["?limit=0", "?limit=201", "?offset=-1", "?before=not-a-date", "?x=1"]) {
        expect([q, (await err(api.get(`/admin/service-objects/${object.id}/timeline${q}`, { headers }))).status]).toEqual([q, 400])
      }
      expect((await err(api.get(`/admin/service-objects/sobj_missing/timeline`, { headers }))).status).toBe(404)
    })

    it("uses the same number of queries for one service order as for five", async () => {
      const { object } = await boughtObject()
      const countQueries = async () => {
        const { n, answer } = await queriesOf(getContainer(), () => timeline(object.id))
        return { n, entries: answer.count }
      }
      await serviceHistory(object.id)
      const small = await countQueries()
      for (let i = 0; i < 4; i++) {
        await serviceHistory(object.id)
      }
      const large = await countQueries()
      expect(large.entries).toBeGreaterThan(small.entries * 3)
      expect(small.n).toBeGreaterThan(0)
      expect(large.n).toBe(small.n)
    })
  },
})
