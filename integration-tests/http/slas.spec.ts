import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { addBusinessMinutes } from "../../src/modules/service-management/utils/business-time"
import { checkSlaBreaches } from "../../src/workflows"
import checkSlaBreachesJob, { config as breachJobConfig } from "../../src/jobs/check-sla-breaches"
import { createAdmin } from "../helpers/auth"

jest.setTimeout(120000)

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const allWeek = (start: string, end: string) =>
  Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), [{ start, end }]]))
const officeHours = () => Object.fromEntries([1, 2, 3, 4, 5].map((d) => [String(d), [{ start: "09:00", end: "17:00" }]]))
/** A 24/7 calendar: business minutes are real minutes, so due times are easy to check. */
const slaBody = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  name: `${code} service`,
  response_minutes: 60,
  resolution_minutes: 480,
  timezone: "Europe/Amsterdam",
  working_hours: allWeek("00:00", "24:00"),
  holidays: [],
  ...over,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let customerId: string
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const err = (p: Promise<any>) => p.then((r) => ({ status: r.status, data: r.data }), (e) => e.response)
    const createSla = async (code: string, over: Record<string, unknown> = {}) =>
      (await api.post("/admin/service-level-agreements", slaBody(code, over), { headers })).data.service_level_agreement
    const createOrder = async (body: Record<string, unknown> = {}) =>
      (await api.post("/admin/service-orders", { customer_id: customerId, title: "Heating fails", ...body }, { headers })).data
        .service_order
    const slaOf = async (id: string) => (await api.get(`/admin/service-orders/${id}/sla`, { headers })).data
    const record = (id: string, body: Record<string, unknown>) => err(api.post(`/admin/service-orders/${id}/sla`, body, { headers }))
    const move = (id: string, to_stage: string) =>
      api.post(`/admin/service-orders/${id}/transition`, { to_stage }, { headers })
    /** Moves an order's SLA start into the past, as if it had been created `minutes` ago. */
    const ageOrder = async (id: string, minutes: number) => {
      const [start] = await service().listSlaEvents({ service_order_id: id, type: "start" })
      const at = new Date(Date.now() - minutes * MINUTE)
      await service().updateSlaEvents([{ id: start.id, occurred_at: at }])
      return at
    }
    const breachEvents = (spy: jest.SpyInstance) =>
      spy.mock.calls
        .flatMap(([events]) => (Array.isArray(events) ? events : [events]))
        .filter((e: any) => e.name === "service_order.sla_breached")

    beforeEach(async () => {
      const container = getContainer()
      await service().ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
      customerId = (await container.resolve(Modules.CUSTOMER).createCustomers({ email: "sla@example.com" })).id
    })

    describe("/admin/service-level-agreements", () => {
      it("creates, lists, reads, updates and deletes SLAs with calendars and customer groups", async () => {
        const group = await getContainer().resolve(Modules.CUSTOMER).createCustomerGroups({ name: "VIP" })
        const created = await createSla("GOLD", {
          working_hours: officeHours(),
          holidays: [{ from: "2026-12-25", to: "2026-12-26", name: "Christmas" }],
          customer_group_ids: [group.id],
        })
        expect(created).toEqual(
          expect.objectContaining({ code: "GOLD", response_minutes: 60, resolution_minutes: 480, is_default: false, is_active: true })
        )
        expect(created.holidays).toEqual([{ from: "2026-12-25", to: "2026-12-26", name: "Christmas" }])
        expect(created.customer_groups).toEqual([
          expect.objectContaining({ customer_group_id: group.id, customer_group: expect.objectContaining({ name: "VIP" }) }),
        ])
        await createSla("SILVER", { response_minutes: 240 })

        const list = (await api.get("/admin/service-level-agreements", { headers })).data
        expect(list).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 50 }))
        expect(list.service_level_agreements.map((s: any) => s.code)).toEqual(["GOLD", "SILVER"])
        const filtered = (await api.get("/admin/service-level-agreements?code=SILVER&fields=id,code", { headers })).data
        expect(filtered.service_level_agreements).toEqual([{ id: expect.any(String), code: "SILVER" }])

        const updated = (
          await api.post(`/admin/service-level-agreements/${created.id}`, { response_minutes: 30, customer_group_ids: [] }, { headers })
        ).data.service_level_agreement
        expect(updated.response_minutes).toBe(30)
        expect(updated.customer_groups).toEqual([])
        expect((await api.get(`/admin/service-level-agreements/${created.id}`, { headers })).data.service_level_agreement.name).toBe(
          "GOLD service"
        )

        const deleted = (await api.delete(`/admin/service-level-agreements/${created.id}`, { headers })).data
        expect(deleted).toEqual({ id: created.id, object: "service_level_agreement", deleted: true })
        expect((await err(api.get(`/admin/service-level-agreements/${created.id}`, { headers }))).status).toBe(404)
      })

      it("keeps one default: marking another takes the mark off the first", async () => {
        const first = await createSla("STD", { is_default: true })
        const second = await createSla("NEW", { is_default: true })
        const all = (await api.get("/admin/service-level-agreements?is_default=true", { headers })).data
        expect(all.service_level_agreements.map((s: any) => s.id)).toEqual([second.id])
        await api.post(`/admin/service-level-agreements/${first.id}`, { is_default: true }, { headers })
        const again = (await api.get("/admin/service-level-agreements?is_default=true", { headers })).data
        expect(again.service_level_agreements.map((s: any) => s.id)).toEqual([first.id])
      })

      it("refuses bad SLAs with a 400 and changes nothing", async () => {
        const existing = await createSla("KEEP")
        const group = await getContainer().resolve(Modules.CUSTOMER).createCustomerGroups({ name: "Taken" })
        await api.post(`/admin/service-level-agreements/${existing.id}`, { customer_group_ids: [group.id] }, { headers })
        const bad: [Record<string, unknown>, RegExp][] = [
          [{ ...slaBody("X"), timezone: "Mars/Olympus" }, /not an IANA time zone/],
          [{ ...slaBody("X"), holidays: [{ from: "2026-12-24", to: "2026-12-26" }, { from: "2026-12-26" }] }, /overlap/],
          [{ ...slaBody("X"), holidays: [{ from: "2026-12-26", to: "2026-12-24" }] }, /not a valid date range/],
          [{ ...slaBody("X"), working_hours: { 1: [{ start: "09:00", end: "12:00" }, { start: "11:00", end: "14:00" }] } }, /overlaps/],
          [{ ...slaBody("X"), working_hours: { 1: [{ start: "9am", end: "12:00" }] } }, /HH:mm/],
          [{ ...slaBody("X"), working_hours: { 8: [{ start: "09:00", end: "12:00" }] } }, /Unrecognized.*8/],
          [{ ...slaBody("X"), working_hours: {} }, /no working time/],
          [{ ...slaBody("X"), response_minutes: 600, resolution_minutes: 60 }, /exceed resolution_minutes/],
          [{ ...slaBody("X"), response_minutes: -5 }, /response_minutes/],
          [{ ...slaBody("X"), surprise: true }, /surprise/i],
          [{ ...slaBody("X"), customer_group_ids: [group.id] }, /already has SLA KEEP/],
          [{ ...slaBody("KEEP") }, /.+/],
        ]
        for (const [body, message] of bad) {
          const res = await err(api.post("/admin/service-level-agreements", body, { headers }))
          expect([400, 422]).toContain(res.status)
          expect(res.data.message).toMatch(message)
        }
        const upd = await err(api.post(`/admin/service-level-agreements/${existing.id}`, { timezone: "Nowhere/Land" }, { headers }))
        expect(upd.status).toBe(400)
        expect((await err(api.post(`/admin/service-level-agreements/${existing.id}`, {}, { headers }))).status).toBe(400)
        const list = (await api.get("/admin/service-level-agreements", { headers })).data
        expect(list.count).toBe(1)
        expect(list.service_level_agreements[0]).toEqual(expect.objectContaining({ timezone: "Europe/Amsterdam" }))
        expect(list.service_level_agreements[0].customer_groups).toHaveLength(1)
      })

      it("answers 404 for unknown SLAs and groups, 400 for bad queries, 401 without a token", async () => {
        expect((await err(api.get("/admin/service-level-agreements/sla_missing", { headers }))).status).toBe(404)
        expect((await err(api.post("/admin/service-level-agreements/sla_missing", { name: "x" }, { headers }))).status).toBe(404)
        expect((await err(api.delete("/admin/service-level-agreements/sla_missing", { headers }))).status).toBe(404)
        expect(
          (await err(api.post("/admin/service-level-agreements", slaBody("G", { customer_group_ids: ["cusgroup_missing"] }), { headers })))
            .status
        ).toBe(404)
        for (const q of ["order=secret", "is_default=maybe", "unknown=1"]) {
          expect((await err(api.get(`/admin/service-level-agreements?${q}`, { headers }))).status).toBe(400)
        }
        expect((await err(api.get("/admin/service-level-agreements"))).status).toBe(401)
        expect((await err(api.post("/admin/service-level-agreements", slaBody("A")))).status).toBe(401)
        expect((await err(api.get("/admin/service-level-agreements/sla_x"))).status).toBe(401)
        expect((await err(api.delete("/admin/service-level-agreements/sla_x"))).status).toBe(401)
      })
    })

    describe("SLA assignment", () => {
      it("takes the agreement's SLA, else the customer group's, else the default", async () => {
        const customers = getContainer().resolve(Modules.CUSTOMER)
        const vip = await customers.createCustomerGroups({ name: "VIP" })
        const plain = await customers.createCustomerGroups({ name: "Newsletter" })
        const fallback = await createSla("DEFAULT", { is_default: true, response_minutes: 240, resolution_minutes: 960 })
        const group = await createSla("VIP", { response_minutes: 60, resolution_minutes: 480, customer_group_ids: [vip.id] })
        const contract = await createSla("CONTRACT", { response_minutes: 30, resolution_minutes: 120 })

        // No group with an SLA: the default.
        await customers.addCustomerToGroup({ customer_id: customerId, customer_group_id: plain.id })
        const first = await createOrder()
        expect(first.sla).toEqual(expect.objectContaining({ code: "DEFAULT" }))
        expect(new Date(first.response_due_at).getTime()).toBe(new Date(first.created_at).getTime() + 240 * MINUTE)
        expect(new Date(first.resolution_due_at).getTime()).toBe(new Date(first.created_at).getTime() + 960 * MINUTE)

        // In the VIP group: the group's SLA.
        await customers.addCustomerToGroup({ customer_id: customerId, customer_group_id: vip.id })
        const second = await createOrder()
        expect(second.sla_id).toBe(group.id)
        expect(new Date(second.response_due_at).getTime()).toBe(new Date(second.created_at).getTime() + 60 * MINUTE)

        // Under an agreement: the agreement's SLA wins.
        const agreement = (
          await api.post(
            "/admin/service-agreements",
            {
              customer_id: customerId,
              name: "Maintenance",
              valid_from: new Date(Date.now() - 30 * 24 * HOUR).toISOString(),
              sla_id: contract.id,
              lines: [{ type: "fee", description: "Support", quantity: 1, unit_price: 10 }],
            },
            { headers }
          )
        ).data.service_agreement
        await api.post(`/admin/service-agreements/${agreement.id}/activate`, {}, { headers })
        const third = await createOrder({ agreement_id: agreement.id })
        expect(third.sla_id).toBe(contract.id)
        expect(third.agreement).toEqual(expect.objectContaining({ id: agreement.id, number: agreement.number }))
        expect(new Date(third.response_due_at).getTime()).toBe(new Date(third.created_at).getTime() + 30 * MINUTE)

        // An inactive SLA is passed over.
        await api.post(`/admin/service-level-agreements/${group.id}`, { is_active: false }, { headers })
        expect((await createOrder()).sla_id).toBe(fallback.id)

        const log = await slaOf(third.id)
        expect(log.events).toEqual([expect.objectContaining({ type: "start", source: "system" })])
        expect(log.sla).toEqual(expect.objectContaining({ code: "CONTRACT", response_minutes: 30 }))
        expect(log.clock.response).toEqual(expect.objectContaining({ target_minutes: 30, status: "running" }))
      })

      it("counts due times in business hours of the SLA's calendar", async () => {
        await createSla("OFFICE", { is_default: true, timezone: "America/New_York", working_hours: officeHours(), holidays: [] })
        const order = await createOrder()
        const calendar = { timezone: "America/New_York", working_hours: officeHours() as any, holidays: [] }
        const created = new Date(order.created_at)
        expect(order.response_due_at).toBe(addBusinessMinutes(calendar, created, 60).toISOString())
        expect(order.resolution_due_at).toBe(addBusinessMinutes(calendar, created, 480).toISOString())
      })

      it("leaves orders without an SLA when none applies, and refuses SLA events on them", async () => {
        const order = await createOrder()
        expect(order.sla_id).toBeNull()
        expect(order.response_due_at).toBeNull()
        const view = await slaOf(order.id)
        expect(view).toEqual(expect.objectContaining({ sla: null, clock: null, events: [] }))
        const res = await record(order.id, { type: "pause", reason_code: "parts" })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/has no SLA/)
        // Stage moves still work without an SLA.
        expect((await move(order.id, "scheduled")).status).toBe(200)
      })
    })

    describe("/admin/service-orders/:id/sla", () => {
      beforeEach(async () => {
        await createSla("STD", { is_default: true, response_minutes: 60, resolution_minutes: 240 })
      })

      it("excludes pauses from the actual time and pushes the due time back", async () => {
        const order = await createOrder()
        await ageOrder(order.id, 120)
        const paused = await record(order.id, {
          type: "pause",
          reason_code: "waiting_for_customer",
          note: "Customer on holiday",
          occurred_at: new Date(Date.now() - 50 * MINUTE).toISOString(),
        })
        expect(paused.status).toBe(200)
        expect(paused.data.clock.paused).toBe(true)
        expect(paused.data.clock.resolution.status).toBe("paused")
        expect(paused.data.service_order.sla_paused_at).toEqual(expect.any(String))

        const resumed = (await record(order.id, { type: "resume" })).data
        expect(resumed.clock.paused).toBe(false)
        // 120 minutes since the start, 50 of them paused.
        expect(resumed.clock.resolution.actual_minutes).toBeCloseTo(70, 0)
        expect(resumed.clock.resolution.remaining_minutes).toBeCloseTo(170, 0)
        const due = new Date(resumed.service_order.resolution_due_at).getTime()
        expect(Math.abs(due - (Date.now() + 170 * MINUTE))).toBeLessThan(2 * MINUTE)
        // The response target (60) ran out before the pause: breached, due when it ran out.
        expect(resumed.clock.response.status).toBe("breached")
        expect(Math.abs(new Date(resumed.clock.response.due_at).getTime() - (Date.now() - 60 * MINUTE))).toBeLessThan(2 * MINUTE)

        const responded = (await record(order.id, { type: "stop", metric: "response" })).data
        expect(responded.clock.response.met_at).toEqual(expect.any(String))
        expect(responded.service_order.responded_at).toEqual(expect.any(String))
        expect(responded.events.map((e: any) => e.type)).toEqual(["start", "pause", "resume", "stop"])
        expect(responded.events[1]).toEqual(
          expect.objectContaining({ reason_code: "waiting_for_customer", note: "Customer on holiday", source: "manual", actor_type: "user" })
        )
      })

      it("refuses events that do not fit the log, and changes nothing", async () => {
        const order = await createOrder()
        const before = await slaOf(order.id)
        const refusals: [Record<string, unknown>, number, RegExp][] = [
          [{ type: "resume" }, 400, /not paused/],
          [{ type: "start" }, 400, /already started/],
          [{ type: "pause" }, 400, /reason_code/],
          [{ type: "stop" }, 400, /metric/],
          [{ type: "pause", metric: "response", reason_code: "x" }, 400, /only a stop/],
          [{ type: "pause", reason_code: "x", occurred_at: "2000-01-01T00:00:00Z" }, 400, /occurred_at/],
          [{ type: "pause", reason_code: "x", occurred_at: new Date(Date.now() + 24 * HOUR).toISOString() }, 400, /occurred_at/],
          [{ type: "snooze" }, 400, /type/],
          [{ type: "resume", extra: 1 }, 400, /extra/],
        ]
        for (const [body, status, message] of refusals) {
          const res = await record(order.id, body)
          expect(res.status).toBe(status)
          expect(res.data.message).toMatch(message)
        }
        await record(order.id, { type: "stop", metric: "resolution" })
        const late = await record(order.id, { type: "pause", reason_code: "x" })
        expect(late.data.message).toMatch(/already resolved/)
        const after = await slaOf(order.id)
        expect(after.events.map((e: any) => e.type)).toEqual(["start", "stop"])
        expect(before.events).toHaveLength(1)
      })

      it("applies the stages' SLA actions: respond, pause while waiting for the customer, resume, resolve", async () => {
        // A merchant's own "waiting for customer" stage that pauses the clock.
        await api.post(
          "/admin/service-stages",
          { code: "waiting_for_customer", name: "Waiting for customer", sla_action: "pause", next_stage_codes: ["in_progress"] },
          { headers }
        )
        const inProgress = (await api.get("/admin/service-stages?code=in_progress", { headers })).data.service_stages[0]
        expect(inProgress.sla_action).toBe("respond")
        await api.post(
          `/admin/service-stages/${inProgress.id}`,
          { next_stage_codes: [...inProgress.next_stage_codes, "waiting_for_customer"] },
          { headers }
        )
        const order = await createOrder()
        await move(order.id, "scheduled")
        let view = await slaOf(order.id)
        expect(view.clock.response.status).toBe("met")
        expect(view.events.map((e: any) => [e.type, e.metric, e.source])).toEqual([
          ["start", null, "system"],
          ["stop", "response", "stage"],
        ])
        await move(order.id, "in_progress") // responds again: nothing to record
        await move(order.id, "waiting_for_customer")
        view = await slaOf(order.id)
        expect(view.clock.paused).toBe(true)
        expect(view.events[view.events.length - 1]).toEqual(expect.objectContaining({ type: "pause", reason_code: "waiting_for_customer" }))
        await move(order.id, "in_progress")
        await move(order.id, "completed")
        view = await slaOf(order.id)
        expect(view.events.map((e: any) => e.type)).toEqual(["start", "stop", "pause", "resume", "stop"])
        expect(view.clock.resolution.status).toBe("met")
        expect(view.service_order.resolved_at).toEqual(expect.any(String))
        expect(view.service_order.sla_paused_at).toBeNull()
      })

      it("undoes the stage's SLA events when the move is refused later", async () => {
        const order = await createOrder()
        // Two concurrent moves: the loser's SLA event must not stay behind.
        const results = await Promise.all([err(move(order.id, "scheduled")), err(move(order.id, "scheduled"))])
        expect(results.filter((r) => r.status === 200)).toHaveLength(1)
        const view = await slaOf(order.id)
        expect(view.events.filter((e: any) => e.type === "stop")).toHaveLength(1)
      })

      it("answers 404 for unknown orders and 401 without a token", async () => {
        expect((await err(api.get("/admin/service-orders/sord_missing/sla", { headers }))).status).toBe(404)
        expect((await record("sord_missing", { type: "resume" })).status).toBe(404)
        expect((await err(api.get("/admin/service-orders/sord_x/sla"))).status).toBe(401)
        expect((await err(api.post("/admin/service-orders/sord_x/sla", { type: "resume" }))).status).toBe(401)
      })
    })

    describe("breaches", () => {
      beforeEach(async () => {
        await createSla("STD", { is_default: true, response_minutes: 60, resolution_minutes: 240 })
      })

      it("emits service_order.sla_breached once per order and metric, however often the check runs", async () => {
        const late = await createOrder()
        const onTime = await createOrder()
        const answered = await createOrder()
        await ageOrder(late.id, 300)
        await service().updateServiceOrders([
          { id: late.id, response_due_at: new Date(Date.now() - 240 * MINUTE), resolution_due_at: new Date(Date.now() - 1 * MINUTE) },
          { id: answered.id, response_due_at: new Date(Date.now() - 10 * MINUTE) },
        ])
        // Answered before its due time: no breach.
        await service().updateServiceOrders([{ id: answered.id, responded_at: new Date(Date.now() - 20 * MINUTE) }])

        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const spy = jest.spyOn(eventBus, "emit")
        const first = await checkSlaBreaches(getContainer())
        const second = await checkSlaBreaches(getContainer())
        const [third, fourth] = await Promise.all([checkSlaBreaches(getContainer()), checkSlaBreaches(getContainer())])
        expect(first.map((b) => `${b.id}:${b.metric}`).sort()).toEqual([`${late.id}:resolution`, `${late.id}:response`])
        expect([...second, ...third, ...fourth]).toEqual([])
        const events = breachEvents(spy)
        expect(events).toHaveLength(2)
        expect(events.map((e: any) => e.data)).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ id: late.id, metric: "response", number: late.number }),
            expect.objectContaining({ id: late.id, metric: "resolution" }),
          ])
        )
        spy.mockRestore()

        const breached = (await api.get("/admin/service-orders?sla_breached=true", { headers })).data
        expect(breached.service_orders.map((o: any) => o.id)).toEqual([late.id])
        expect(breached.service_orders[0].response_breached_at).toEqual(expect.any(String))
        const fine = (await api.get("/admin/service-orders?sla_breached=false", { headers })).data
        expect(fine.service_orders.map((o: any) => o.id).sort()).toEqual([onTime.id, answered.id].sort())
      })

      it("the scheduled job reports each breach once, also when two instances start it at once", async () => {
        expect(breachJobConfig.schedule).toBe("*/5 * * * *")
        const late = await createOrder()
        await service().updateServiceOrders([{ id: late.id, response_due_at: new Date(Date.now() - MINUTE) }])
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const spy = jest.spyOn(eventBus, "emit")
        await Promise.all([checkSlaBreachesJob(getContainer()), checkSlaBreachesJob(getContainer())])
        await checkSlaBreachesJob(getContainer())
        expect(breachEvents(spy).map((e: any) => [e.data.id, e.data.metric])).toEqual([[late.id, "response"]])
        spy.mockRestore()
      })

      it("does not breach while the clock is paused, and reports a target met late", async () => {
        const paused = await createOrder()
        await record(paused.id, { type: "pause", reason_code: "parts" })
        await service().updateServiceOrders([{ id: paused.id, response_due_at: new Date(Date.now() + 1000) }])
        const metLate = await createOrder()
        await service().updateServiceOrders([
          { id: metLate.id, response_due_at: new Date(Date.now() - 30 * MINUTE), responded_at: new Date(Date.now() - 10 * MINUTE) },
        ])
        await new Promise((r) => setTimeout(r, 1100))
        const breaches = await checkSlaBreaches(getContainer())
        expect(breaches.map((b) => b.id)).toEqual([metLate.id])
      })

      it("filters orders with an open target due within N hours", async () => {
        const soon = await createOrder()
        const later = await createOrder()
        const done = await createOrder()
        await service().updateServiceOrders([
          { id: soon.id, response_due_at: new Date(Date.now() + 2 * HOUR), resolution_due_at: new Date(Date.now() + 20 * HOUR) },
          { id: later.id, response_due_at: new Date(Date.now() + 10 * HOUR), resolution_due_at: new Date(Date.now() + 30 * HOUR) },
          { id: done.id, response_due_at: new Date(Date.now() + 1 * HOUR), responded_at: new Date(), resolution_due_at: new Date(Date.now() + 40 * HOUR) },
        ])
        const within3 = (await api.get("/admin/service-orders?sla_due_within_hours=3&order=response_due_at", { headers })).data
        expect(within3.service_orders.map((o: any) => o.id)).toEqual([soon.id])
        const within12 = (await api.get("/admin/service-orders?sla_due_within_hours=12&order=response_due_at", { headers })).data
        expect(within12.service_orders.map((o: any) => o.id)).toEqual([soon.id, later.id])
        const combined = (await api.get("/admin/service-orders?sla_due_within_hours=12&sla_breached=false", { headers })).data
        expect(combined.count).toBe(2)
        for (const q of ["sla_due_within_hours=-1", "sla_due_within_hours=soon", "sla_breached=perhaps"]) {
          expect((await err(api.get(`/admin/service-orders?${q}`, { headers }))).status).toBe(400)
        }
      })
    })
  },
})
