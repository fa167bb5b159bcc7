import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { createAdmin, createPublishableKey, createStoreCustomer } from "../helpers/auth"

jest.setTimeout(120000)

const FORBIDDEN_ORDER_FIELDS = [
  "internal_note",
  "cost_total",
  "margin_total",
  "revenue_total",
  "created_by",
  "customer_id",
  "metadata",
  "posted_at",
  "posted_order_id",
  "sla_id",
  "agreement",
  "stage_transitions",
  "assignments",
  "customer",
]
// Strings only internal data holds; none may appear anywhere in a store answer.
const SECRETS = ["Customer is difficult", "unit_cost", "Techson", "tom@tech.example", "actor_id", "Dispatcher only", "sla_events"]
const HOUR = 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let alice: Awaited<ReturnType<typeof createStoreCustomer>>
    let bob: Awaited<ReturnType<typeof createStoreCustomer>>
    let publishableKey: string
    let anonymous: Record<string, string>
    let aliceObject: any
    let bobObject: any
    let bobOrder: any
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)
    const adminOrder = async (id: string) => (await api.get(`/admin/service-orders/${id}`, { headers: adminHeaders })).data.service_order
    const move = (id: string, to_stage: string, extra: Record<string, unknown> = {}) =>
      api.post(`/admin/service-orders/${id}/transition`, { to_stage, ...extra }, { headers: adminHeaders })
    const expectCustomerSafe = (body: unknown) => {
      const json = JSON.stringify(body)
      for (const secret of SECRETS) {
        expect(json).not.toContain(secret)
      }
    }

    beforeEach(async () => {
      const container = getContainer()
      await service().ensureDefaultStages()
      ;({ headers: adminHeaders } = await createAdmin(container))
      publishableKey = await createPublishableKey(container)
      anonymous = { "x-publishable-api-key": publishableKey }
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

    describe("GET /store/service-objects", () => {
      it("lists only the customer's own objects", async () => {
        const { data } = await api.get("/store/service-objects", { headers: alice.headers })
        expect(data).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 20 }))
        expect(data.service_objects.map((o: any) => o.id)).toEqual([aliceObject.id])
        expect(data.service_objects[0]).not.toHaveProperty("customer_id")
        const filtered = (await api.get(`/store/service-objects?id=${bobObject.id}`, { headers: alice.headers })).data
        expect(filtered.count).toBe(0)
        const peek = (await api.get("/store/service-objects?fields=*,customer_id,metadata,*service_orders", { headers: alice.headers })).data
        expect(peek.service_objects[0]).not.toHaveProperty("customer_id")
        expect(peek.service_objects[0]).not.toHaveProperty("service_orders")
      })

      it("answers 401 when anonymous and 400 for bad queries", async () => {
        expect((await err(api.get("/store/service-objects", { headers: anonymous }))).status).toBe(401)
        expect((await err(api.get("/store/service-objects?customer_id=x", { headers: alice.headers }))).status).toBe(400)
        expect((await err(api.get("/store/service-objects?order=customer_id", { headers: alice.headers }))).status).toBe(400)
        expect((await err(api.get("/store/service-objects?limit=-1", { headers: alice.headers }))).status).toBe(400)
      })
    })

    describe("GET /store/service-subscriptions", () => {
      it("answers 401 anonymous, 400 for bad queries, and never shows another customer's subscription", async () => {
        const sub = (
          await api.post(
            "/admin/service-subscriptions",
            { customer_id: bob.customer.id, description: "Maintenance plan", amount: 19, currency_code: "eur", frequency: "monthly", billing_timing: "advance", start_date: "2026-01-01" },
            { headers: adminHeaders }
          )
        ).data.service_subscription
        expect((await err(api.get("/store/service-subscriptions", { headers: anonymous }))).status).toBe(401)
        expect((await err(api.get("/store/service-subscriptions?status=bogus", { headers: alice.headers }))).status).toBe(400)
        expect((await err(api.get("/store/service-subscriptions?customer_id=x", { headers: alice.headers }))).status).toBe(400)
        expect((await err(api.get("/store/service-subscriptions?offset=-1", { headers: alice.headers }))).status).toBe(400)
        expect((await api.get(`/store/service-subscriptions?id=${sub.id}`, { headers: alice.headers })).data.count).toBe(0)
        expect((await api.get("/store/service-subscriptions", { headers: bob.headers })).data.count).toBe(1)
      })
    })

    describe("GET /store/service-orders[/:id]: the customer-safe view", () => {
      it("lists and shows only the customer's own orders, without internal fields", async () => {
        const own = (await api.get("/store/service-orders", { headers: bob.headers })).data
        expect(own.service_orders.map((o: any) => o.id)).toEqual([bobOrder.id])
        expect(own.service_orders[0]).toEqual(
          expect.objectContaining({ number: bobOrder.number, stage: expect.objectContaining({ code: "requested", name: "Requested" }), can_cancel: true, visits: [] })
        )
        expect(own.service_orders[0]).not.toHaveProperty("lines")
        const detail = (await api.get(`/store/service-orders/${bobOrder.id}`, { headers: bob.headers })).data.service_order
        expect(detail.stage).toEqual({ code: "requested", name: "Requested", color: "blue", is_terminal: false })
        expect(detail.lines).toEqual([{ id: expect.any(String), type: "hour", description: "Labour", quantity: 1, unit_price: 80, billable: true }])
        expect(detail.timeline).toEqual([{ code: "requested", name: "Requested", color: "blue", is_terminal: false, entered_at: expect.any(String) }])
        for (const field of FORBIDDEN_ORDER_FIELDS) {
          expect(detail).not.toHaveProperty(field)
          expect(own.service_orders[0]).not.toHaveProperty(field)
        }
        expectCustomerSafe(detail)
        expect((await api.get("/store/service-orders", { headers: alice.headers })).data.count).toBe(0)
      })

      it("shows the timeline of visible stages, the stage hidden ones stand in for, SLA due times and visits with first names only", async () => {
        await service().createServiceStages({
          code: "awaiting_parts",
          name: "Dispatcher only: awaiting parts",
          position: 35,
          customer_visible: false,
          next_stage_codes: ["in_progress"],
        })
        const sla = (
          await api.post(
            "/admin/service-level-agreements",
            {
              code: "STD",
              name: "Standard",
              response_minutes: 60,
              resolution_minutes: 480,
              timezone: "UTC",
              working_hours: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), [{ start: "00:00", end: "24:00" }]])),
              holidays: [],
              is_default: true,
            },
            { headers: adminHeaders }
          )
        ).data.service_level_agreement
        expect(sla.is_default).toBe(true)
        const order = (await api.post("/admin/service-orders", { customer_id: alice.customer.id, service_object_id: aliceObject.id, internal_note: "Customer is difficult" }, { headers: adminHeaders })).data.service_order
        const [tom, ann] = await service().createServiceTechnicians([
          { first_name: "Tom", last_name: "Techson", email: "tom@tech.example", timezone: "UTC", working_hours: {} },
          { first_name: "Ann", last_name: "Techson", timezone: "UTC", working_hours: {} },
        ])
        const start = new Date(Date.now() + 48 * HOUR)
        await service().createServiceAssignments([
          { service_order_id: order.id, technician_id: tom.id, starts_at: start, ends_at: new Date(start.getTime() + 2 * HOUR), note: "Dispatcher only", overrides: ["absence"] },
          { service_order_id: order.id, technician_id: ann.id, starts_at: new Date(start.getTime() + 3 * HOUR), ends_at: new Date(start.getTime() + 4 * HOUR), status: "cancelled" },
        ])
        await move(order.id, "in_progress")
        await service().updateServiceStages({ id: (await service().listServiceStages({ code: "in_progress" }))[0].id, next_stage_codes: ["completed", "scheduled", "cancelled", "awaiting_parts"] })
        await move(order.id, "awaiting_parts", { note: "Dispatcher only: supplier late" })

        const detail = (await api.get(`/store/service-orders/${order.id}`, { headers: alice.headers })).data.service_order
        // The internal stage is not shown: the order still reads "In progress" to the customer.
        expect(detail.stage).toEqual(expect.objectContaining({ code: "in_progress", name: "In progress" }))
        expect(detail.timeline.map((t: any) => t.code)).toEqual(["requested", "in_progress"])
        expect(detail.can_cancel).toBe(false)
        expect(new Date(detail.response_due_at).getTime() - new Date(detail.created_at).getTime()).toBeGreaterThanOrEqual(60 * 60 * 1000 - 5000)
        expect(detail.resolution_due_at).toEqual(expect.any(String))
        expect(detail.responded_at).toEqual(expect.any(String))
        expect(detail.visits).toEqual([
          { technician: { first_name: "Tom" }, starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 2 * HOUR).toISOString(), status: "planned" },
        ])
        expectCustomerSafe(detail)
        const listed = (await api.get("/store/service-orders", { headers: alice.headers })).data.service_orders[0]
        expect(listed.stage.code).toBe("in_progress")
        expect(listed.visits).toHaveLength(1)
        expectCustomerSafe(listed)
      })

      it("does not let fields= reach costs, notes, actors, assignments or the customer", async () => {
        const attacks = [
          "*internal_note,cost_total,+lines.unit_cost",
          "*,internal_note,cost_total,lines.unit_cost,customer.*,stage.*",
          "+internal_note,+margin_total,+revenue_total,+metadata,+created_by",
          "*lines,*stage_transitions,*assignments,*sla_events,*customer",
          "lines.*,stage_transitions.*,assignments.technician.*,assignments.technician.last_name,service_object.customer_id,service_object.metadata",
          "+stage_transitions.actor_id,+stage_transitions.note,+assignments.note",
        ]
        await service().createServiceTechnicians([{ first_name: "Tom", last_name: "Techson", email: "tom@tech.example", timezone: "UTC", working_hours: {} }]).then(([tom]) =>
          service().createServiceAssignments([{ service_order_id: bobOrder.id, technician_id: tom.id, starts_at: new Date(Date.now() + HOUR), ends_at: new Date(Date.now() + 2 * HOUR), note: "Dispatcher only" }])
        )
        for (const fields of attacks) {
          for (const url of [`/store/service-orders/${bobOrder.id}`, "/store/service-orders"]) {
            const res = await err(api.get(url, { headers: bob.headers, params: { fields } }))
            // Medusa strips what the allowlist does not name; either way nothing internal may come back.
            expect([200, 400]).toContain(res.status)
            const order = res.data.service_order ?? res.data.service_orders?.[0]
            if (res.status === 200) {
              for (const field of FORBIDDEN_ORDER_FIELDS) {
                expect(order).not.toHaveProperty(field)
              }
              for (const line of order.lines ?? []) {
                expect(["id", "type", "description", "quantity", "unit_price", "billable"]).toEqual(expect.arrayContaining(Object.keys(line)))
              }
            }
            expectCustomerSafe(res.data)
          }
        }
        const chosen = (await api.get(`/store/service-orders/${bobOrder.id}?fields=id,number`, { headers: bob.headers })).data.service_order
        expect(Object.keys(chosen).sort()).toEqual(["can_cancel", "estimate", "id", "number", "stage", "timeline", "visits"])
      })

      it("answers 404 for another customer's order, 401 anonymous and 400 for bad queries", async () => {
        expect((await err(api.get(`/store/service-orders/${bobOrder.id}`, { headers: alice.headers }))).status).toBe(404)
        expect((await err(api.get("/store/service-orders/sord_missing", { headers: alice.headers }))).status).toBe(404)
        expect((await api.get(`/store/service-orders?service_object_id=${bobObject.id}`, { headers: alice.headers })).data.count).toBe(0)
        expect((await err(api.get("/store/service-orders", { headers: anonymous }))).status).toBe(401)
        expect((await err(api.get(`/store/service-orders/${bobOrder.id}`, { headers: anonymous }))).status).toBe(401)
        expect((await err(api.get("/store/service-orders?customer_id=x", { headers: alice.headers }))).status).toBe(400)
        expect((await err(api.get("/store/service-orders?order=cost_total", { headers: alice.headers }))).status).toBe(400)
        expect((await err(api.get("/store/service-orders?is_open=maybe", { headers: alice.headers }))).status).toBe(400)
        for (const paging of ["limit=-1", "limit=0", "limit=1000", "offset=-5", "limit=abc"]) {
          expect((await err(api.get(`/store/service-orders?${paging}`, { headers: alice.headers }))).status).toBe(400)
        }
        expect((await err(api.get(`/store/service-orders/${bobOrder.id}?limit=5`, { headers: bob.headers }))).status).toBe(400)
      })
    })

    describe("POST /store/service-orders/:id/cancel", () => {
      it("cancels while the stage allows customer cancellation, as the customer, with the customer_request reason", async () => {
        const res = await api.post(`/store/service-orders/${bobOrder.id}/cancel`, { note: "Fixed it myself" }, { headers: bob.headers })
        expect(res.status).toBe(200)
        expect(res.data.service_order).toEqual(
          expect.objectContaining({ id: bobOrder.id, stage: expect.objectContaining({ code: "cancelled", is_terminal: true }), can_cancel: false, canceled_at: expect.any(String) })
        )
        expect(res.data.service_order.timeline.map((t: any) => t.code)).toEqual(["requested", "cancelled"])
        expectCustomerSafe(res.data)
        const admin = await adminOrder(bobOrder.id)
        expect(admin.stage.code).toBe("cancelled")
        expect(admin.stage_transitions.at(-1)).toEqual(
          expect.objectContaining({ to_stage_code: "cancelled", actor_type: "customer", actor_id: bob.customer.id, reason_code: "customer_request", note: "Fixed it myself" })
        )
        expect((await api.get("/store/service-orders?is_open=true", { headers: bob.headers })).data.count).toBe(0)
        expect((await api.get("/store/service-orders?is_open=false", { headers: bob.headers })).data.service_orders.map((o: any) => o.id)).toEqual([bobOrder.id])
        // Terminal: a second cancel is refused by the rules.
        const again = await err(api.post(`/store/service-orders/${bobOrder.id}/cancel`, {}, { headers: bob.headers }))
        expect(again.status).toBe(400)
      })

      it("refuses with the stage rule's message once work has started, and changes nothing", async () => {
        await move(bobOrder.id, "in_progress")
        const before = await adminOrder(bobOrder.id)
        const res = await err(api.post(`/store/service-orders/${bobOrder.id}/cancel`, {}, { headers: bob.headers }))
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          'Stage rule "allow_customer_cancel": the customer cannot cancel the order while the order is in stage "in_progress"'
        )
        const after = await adminOrder(bobOrder.id)
        expect(after.stage.code).toBe("in_progress")
        expect(after.stage_transitions).toHaveLength(before.stage_transitions.length)
        expect(after.canceled_at).toBeNull()
      })

      it("answers 404 for another customer's order, 401 anonymous, 400 for bad bodies, and changes nothing", async () => {
        expect((await err(api.post(`/store/service-orders/${bobOrder.id}/cancel`, {}, { headers: alice.headers }))).status).toBe(404)
        expect((await err(api.post("/store/service-orders/sord_missing/cancel", {}, { headers: alice.headers }))).status).toBe(404)
        expect((await err(api.post(`/store/service-orders/${bobOrder.id}/cancel`, {}, { headers: anonymous }))).status).toBe(401)
        for (const body of [{ reason_code: "duplicate" }, { note: "" }, { note: "x".repeat(1001) }, { to_stage: "closed" }]) {
          expect((await err(api.post(`/store/service-orders/${bobOrder.id}/cancel`, body, { headers: bob.headers }))).status).toBe(400)
        }
        const after = await adminOrder(bobOrder.id)
        expect(after.stage.code).toBe("requested")
        expect(after.stage_transitions).toHaveLength(1)
      })
    })
  },
})
