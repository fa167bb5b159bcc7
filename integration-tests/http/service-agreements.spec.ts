import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import generateAgreementOrdersJob, { config as generationJobConfig } from "../../src/jobs/generate-agreement-orders"
import { createAdmin } from "../helpers/auth"

jest.setTimeout(180000)

const QUARTERLY = "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1"
const DAY = 24 * 60 * 60 * 1000

/** The first of the month `monthsAgo` months before this one, midnight UTC. */
const firstOfMonth = (monthsAgo: number) => {
  const now = new Date()
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1))
}
const day = (d: Date) => d.toISOString().slice(0, 10)
const addMonths = (d: Date, months: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let customerId: string
    let objectId: string
    let slaId: string
    // Quarterly from seven months ago: due on `start`, start + 3 and start + 6 months (all past).
    const start = firstOfMonth(7)
    const dueDays = [start, addMonths(start, 3), addMonths(start, 6)].map(day)
    const until = () => new Date().toISOString()

    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const err = (p: Promise<any>) => p.then((r) => ({ status: r.status, data: r.data }), (e) => e.response)
    const line = (over: Record<string, unknown> = {}) => ({
      type: "hour",
      description: "Annual inspection",
      service_object_id: objectId,
      quantity: 2,
      unit_price: 90,
      unit_cost: 40,
      recurrence: QUARTERLY,
      ...over,
    })
    const createAgreement = async (body: Record<string, unknown> = {}) =>
      (
        await api.post(
          "/admin/service-agreements",
          { customer_id: customerId, name: "Heat pump care", valid_from: start.toISOString(), sla_id: slaId, currency_code: "eur", lines: [line()], ...body },
          { headers }
        )
      ).data.service_agreement
    const act = (id: string, action: string) => err(api.post(`/admin/service-agreements/${id}/${action}`, {}, { headers }))
    const activeAgreement = async (body: Record<string, unknown> = {}) => {
      const a = await createAgreement(body)
      expect((await act(a.id, "activate")).status).toBe(200)
      return a
    }
    const generate = (id: string, body: Record<string, unknown> = { until: until() }) =>
      err(api.post(`/admin/service-agreements/${id}/generate-orders`, body, { headers }))
    const ordersOf = async (agreementId: string) =>
      (await api.get(`/admin/service-orders?agreement_id=${agreementId}&order=display_id&limit=100`, { headers })).data.service_orders
    const snapshot = async (id: string) => {
      const a = (await api.get(`/admin/service-agreements/${id}`, { headers })).data.service_agreement
      return { status: a.status, name: a.name, lines: a.lines.map((l: any) => [l.id, l.quantity, l.recurrence]).sort() }
    }

    beforeEach(async () => {
      const container = getContainer()
      await service().ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
      customerId = (await container.resolve(Modules.CUSTOMER).createCustomers({ email: "care@example.com" })).id
      objectId = (await api.post("/admin/service-objects", { name: "Heat pump", customer_id: customerId, serial_number: "HP-1" }, { headers }))
        .data.service_object.id
      slaId = (
        await api.post(
          "/admin/service-level-agreements",
          {
            code: "CARE",
            name: "Care plan",
            response_minutes: 120,
            resolution_minutes: 960,
            timezone: "Europe/Berlin",
            working_hours: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [String(d), [{ start: "08:00", end: "17:00" }]])),
          },
          { headers }
        )
      ).data.service_level_agreement.id
    })

    describe("POST /admin/service-agreements", () => {
      it("creates a numbered draft with lines, the recurrence in words, next occurrences and billing", async () => {
        const a = await createAgreement({ agreement_group: "heat-pumps" })
        expect(a).toEqual(
          expect.objectContaining({
            number: "SA-000001",
            display_id: 1,
            status: "draft",
            customer_id: customerId,
            currency_code: "eur",
            agreement_group: "heat-pumps",
            is_template: false,
          })
        )
        expect(a.sla).toEqual(expect.objectContaining({ id: slaId, code: "CARE" }))
        expect(a.customer.email).toBe("care@example.com")
        expect(a.lines).toHaveLength(1)
        const [l] = a.lines
        expect(l).toEqual(
          expect.objectContaining({
            recurrence: QUARTERLY,
            recurrence_text: "every 3 months on the 1st",
            amount_per_occurrence: 180,
            cost_per_occurrence: 80,
            occurrences_next_12_months: 4,
            revenue_next_12_months: 720,
          })
        )
        expect(l.next_occurrences).toHaveLength(5)
        expect(l.next_occurrences[0] >= day(new Date())).toBe(true)
        expect(a.billing).toEqual({ revenue_next_12_months: 720, cost_next_12_months: 320, margin_next_12_months: 400 })
        expect((await createAgreement()).number).toBe("SA-000002")
      })

      it("creates an agreement from a template, copying its lines", async () => {
        const template = await createAgreement({
          customer_id: undefined,
          is_template: true,
          name: "Gold care",
          lines: [line({ service_object_id: undefined }), line({ type: "fee", description: "Visit fee", quantity: 1, unit_price: 49, recurrence: null, service_object_id: undefined })],
        })
        expect(template).toEqual(expect.objectContaining({ is_template: true, customer_id: null, status: "draft" }))
        const { data } = await api.post(
          "/admin/service-agreements",
          { customer_id: customerId, template_id: template.id, valid_from: start.toISOString() },
          { headers }
        )
        const copy = data.service_agreement
        expect(copy).toEqual(expect.objectContaining({ name: "Gold care", template_id: template.id, sla_id: slaId, is_template: false }))
        expect(copy.lines.map((l: any) => l.description).sort()).toEqual(["Annual inspection", "Visit fee"])
        const templates = (await api.get("/admin/service-agreements?is_template=true", { headers })).data
        expect(templates.service_agreements.map((t: any) => t.id)).toEqual([template.id])
        const forCustomer = (await api.get(`/admin/service-agreements?customer_id=${customerId}`, { headers })).data
        expect(forCustomer.service_agreements.map((t: any) => t.id)).toEqual([copy.id])
      })

      it("refuses bad agreements with a clear 4xx and creates nothing", async () => {
        const other = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "other@example.com" })
        const foreignObject = (await api.post("/admin/service-objects", { name: "Boiler", customer_id: other.id }, { headers })).data
          .service_object.id
        const bad: [Record<string, unknown>, number, RegExp][] = [
          [{ lines: [line({ recurrence: "FREQ=SOMETIMES" })] }, 400, /FREQ/],
          [{ lines: [line({ recurrence: "every other tuesday" })] }, 400, /not a valid RRULE/],
          [{ lines: [line({ recurrence: "FREQ=HOURLY" })] }, 400, /more often than daily/],
          [{ valid_to: new Date(start.getTime() - DAY).toISOString() }, 400, /valid_to must be after valid_from/],
          [{ lines: [line({ valid_from: "2026-06-01", valid_to: "2026-05-01" })] }, 400, /valid_to must be after valid_from/],
          [{ surprise: 1 }, 400, /surprise/],
          [{ currency_code: "euro" }, 400, /currency_code/],
          [{ customer_id: null }, 400, /customer_id is required/],
          [{ is_template: true }, 400, /template has no customer/],
          [{ lines: [line({ service_object_id: foreignObject })] }, 400, /belongs to another customer/],
          [{ customer_id: "cus_missing" }, 404, /Customer cus_missing/],
          [{ sla_id: "sla_missing" }, 404, /sla_missing/],
          [{ lines: [line({ service_object_id: "sobj_missing" })] }, 404, /sobj_missing/],
          [{ lines: [line({ service_task_id: "stsk_missing" })] }, 404, /stsk_missing/],
          [{ template_id: "sagr_missing" }, 404, /sagr_missing/],
        ]
        for (const [body, status, message] of bad) {
          const res = await err(createAgreement(body).then((data) => ({ status: 200, data })))
          expect({ body, status: res.status }).toEqual({ body, status })
          expect(res.data.message).toMatch(message)
        }
        expect((await api.get("/admin/service-agreements", { headers })).data.count).toBe(0)
        expect(await service().listServiceAgreementLines({})).toHaveLength(0)
      })

      it("answers 401 without a token", async () => {
        expect((await err(api.post("/admin/service-agreements", { name: "x" }))).status).toBe(401)
        expect((await err(api.get("/admin/service-agreements"))).status).toBe(401)
      })
    })

    describe("GET /admin/service-agreements", () => {
      it("lists in Medusa's shape with filters, fields and paging", async () => {
        const a = await createAgreement({ name: "Alpha" })
        const b = await activeAgreement({ name: "Beta" })
        const all = (await api.get("/admin/service-agreements", { headers })).data
        expect(all).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 20 }))
        expect(all.service_agreements.map((x: any) => x.id)).toEqual([b.id, a.id])
        const active = (await api.get("/admin/service-agreements?status=active", { headers })).data
        expect(active.service_agreements.map((x: any) => x.id)).toEqual([b.id])
        const search = (await api.get(`/admin/service-agreements?q=${a.number}`, { headers })).data
        expect(search.service_agreements.map((x: any) => x.id)).toEqual([a.id])
        const paged = (await api.get("/admin/service-agreements?order=display_id&limit=1&offset=1&fields=id,number", { headers })).data
        expect(paged).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
        expect(paged.service_agreements).toEqual([{ id: b.id, number: b.number }])
      })

      it("tells each row's next due date when the lines' fields are requested", async () => {
        const a = await createAgreement({ name: "Alpha" })
        const noLines = await createAgreement({ name: "Bare", lines: [] })
        const fields = "+suspensions,+lines.id,+lines.recurrence,+lines.valid_from,+lines.valid_to"
        const { data } = await api.get(`/admin/service-agreements?order=display_id&fields=${fields}`, { headers })
        const [rowA, rowBare] = data.service_agreements
        expect(rowA.next_occurrence).toBe(a.lines[0].next_occurrences[0])
        expect(rowBare.next_occurrence).toBeNull()
        const plain = (await api.get("/admin/service-agreements", { headers })).data.service_agreements
        expect(plain.every((row: any) => !("next_occurrence" in row))).toBe(true)
        expect(noLines.lines).toEqual([])
      })

      it("answers 400 for bad queries and 404 for unknown ids", async () => {
        for (const q of ["order=secret", "status=paused", "is_template=maybe", "unknown=1", "limit=x"]) {
          expect((await err(api.get(`/admin/service-agreements?${q}`, { headers }))).status).toBe(400)
        }
        expect((await err(api.get("/admin/service-agreements/sagr_missing", { headers }))).status).toBe(404)
        expect((await err(api.get("/admin/service-agreements/sagr_x"))).status).toBe(401)
      })
    })

    describe("POST and DELETE /admin/service-agreements/:id", () => {
      it("changes the header; customer, currency and start only while draft", async () => {
        const a = await createAgreement()
        const draft = (await api.post(`/admin/service-agreements/${a.id}`, { name: "Renamed", currency_code: "usd" }, { headers })).data
          .service_agreement
        expect(draft).toEqual(expect.objectContaining({ name: "Renamed", currency_code: "usd" }))
        await act(a.id, "activate")
        const locked = await err(api.post(`/admin/service-agreements/${a.id}`, { currency_code: "eur" }, { headers }))
        expect(locked.status).toBe(400)
        expect(locked.data.message).toMatch(/currency_code can only change while it is a draft/)
        const end = new Date(Date.now() + 400 * DAY).toISOString()
        const ok = (await api.post(`/admin/service-agreements/${a.id}`, { valid_to: end, agreement_group: "vip" }, { headers })).data
        expect(ok.service_agreement).toEqual(expect.objectContaining({ agreement_group: "vip", currency_code: "usd" }))
        const backwards = await err(
          api.post(`/admin/service-agreements/${a.id}`, { valid_to: new Date(start.getTime() - DAY).toISOString() }, { headers })
        )
        expect(backwards.status).toBe(400)
        expect((await snapshot(a.id)).name).toBe("Renamed")
      })

      it("answers 400 for bad bodies, 404 for unknown ids, 401 without a token", async () => {
        const a = await createAgreement()
        expect((await err(api.post(`/admin/service-agreements/${a.id}`, {}, { headers }))).status).toBe(400)
        expect((await err(api.post(`/admin/service-agreements/${a.id}`, { status: "active" }, { headers }))).status).toBe(400)
        expect((await err(api.post(`/admin/service-agreements/${a.id}`, { sla_id: "sla_missing" }, { headers }))).status).toBe(404)
        expect((await err(api.post("/admin/service-agreements/sagr_missing", { name: "x" }, { headers }))).status).toBe(404)
        expect((await err(api.post(`/admin/service-agreements/${a.id}`, { name: "x" }))).status).toBe(401)
      })

      it("deletes drafts only; others are cancelled instead", async () => {
        const draft = await createAgreement()
        const removed = (await api.delete(`/admin/service-agreements/${draft.id}`, { headers })).data
        expect(removed).toEqual({ id: draft.id, object: "service_agreement", deleted: true })
        expect((await err(api.get(`/admin/service-agreements/${draft.id}`, { headers }))).status).toBe(404)
        const active = await activeAgreement()
        const refused = await err(api.delete(`/admin/service-agreements/${active.id}`, { headers }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/cancel it instead/)
        expect((await snapshot(active.id)).status).toBe("active")
        expect((await err(api.delete("/admin/service-agreements/sagr_missing", { headers }))).status).toBe(404)
        expect((await err(api.delete(`/admin/service-agreements/${active.id}`))).status).toBe(401)
      })
    })

    describe("lines", () => {
      it("adds, changes and removes lines", async () => {
        const a = await createAgreement({ lines: [] })
        const added = (await api.post(`/admin/service-agreements/${a.id}/lines`, { lines: [line()] }, { headers })).data
          .service_agreement
        expect(added.lines).toHaveLength(1)
        const lineId = added.lines[0].id
        const changed = (
          await api.post(`/admin/service-agreements/${a.id}/lines/${lineId}`, { quantity: 3, recurrence: "FREQ=WEEKLY;BYDAY=MO" }, { headers })
        ).data.service_agreement
        expect(changed.lines[0]).toEqual(expect.objectContaining({ quantity: 3, recurrence_text: "every week on Monday" }))
        const removed = (await api.delete(`/admin/service-agreements/${a.id}/lines/${lineId}`, { headers })).data
        expect(removed).toEqual(expect.objectContaining({ id: lineId, object: "service_agreement_line", deleted: true }))
        expect(removed.parent.lines).toHaveLength(0)
      })

      it("refuses bad lines and lines of ended agreements, and changes nothing", async () => {
        const a = await createAgreement()
        const other = await createAgreement()
        const lineId = a.lines[0].id
        const before = await snapshot(a.id)
        const bad: [Promise<any>, number][] = [
          [err(api.post(`/admin/service-agreements/${a.id}/lines`, { lines: [] }, { headers })), 400],
          [err(api.post(`/admin/service-agreements/${a.id}/lines`, { lines: [line({ quantity: 0 })] }, { headers })), 400],
          [err(api.post(`/admin/service-agreements/${a.id}/lines`, { lines: [line({ recurrence: "FREQ=NEVER" })] }, { headers })), 400],
          [err(api.post(`/admin/service-agreements/${a.id}/lines/${lineId}`, { recurrence: "BYDAY=XX" }, { headers })), 400],
          [err(api.post(`/admin/service-agreements/${a.id}/lines/${lineId}`, { valid_from: "2026-05-01", valid_to: "2026-04-01" }, { headers })), 400],
          [err(api.post(`/admin/service-agreements/${a.id}/lines/${lineId}`, {}, { headers })), 400],
          [err(api.post(`/admin/service-agreements/${other.id}/lines/${lineId}`, { quantity: 5 }, { headers })), 404],
          [err(api.delete(`/admin/service-agreements/${other.id}/lines/${lineId}`, { headers })), 404],
          [err(api.post(`/admin/service-agreements/sagr_missing/lines`, { lines: [line()] }, { headers })), 404],
          [err(api.post(`/admin/service-agreements/${a.id}/lines`, { lines: [line()] })), 401],
          [err(api.post(`/admin/service-agreements/${a.id}/lines/${lineId}`, { quantity: 1 })), 401],
          [err(api.delete(`/admin/service-agreements/${a.id}/lines/${lineId}`)), 401],
        ]
        for (const [request, status] of bad) {
          expect((await request).status).toBe(status)
        }
        // A line window that ends before it starts, once merged with the stored start.
        await api.post(`/admin/service-agreements/${a.id}/lines/${lineId}`, { valid_from: "2026-05-01" }, { headers })
        const merged = await err(api.post(`/admin/service-agreements/${a.id}/lines/${lineId}`, { valid_to: "2026-04-01" }, { headers }))
        expect(merged.status).toBe(400)
        await act(a.id, "cancel")
        const ended = await err(api.post(`/admin/service-agreements/${a.id}/lines`, { lines: [line()] }, { headers }))
        expect(ended.status).toBe(400)
        expect(ended.data.message).toMatch(/is cancelled and can no longer be changed/)
        expect((await snapshot(a.id)).lines).toEqual(before.lines)
      })

      it("previews the next occurrences of a line with the recurrence in words", async () => {
        const a = await activeAgreement()
        const lineId = a.lines[0].id
        await generate(a.id)
        const from = day(start)
        const { data } = await api.get(`/admin/service-agreements/${a.id}/lines/${lineId}/occurrences?count=4&after=${from}`, { headers })
        expect(data.recurrence_text).toBe("every 3 months on the 1st")
        expect(data.occurrences.map((o: any) => o.date)).toEqual([...dueDays, day(addMonths(start, 9))])
        expect(data.occurrences.slice(0, 3).every((o: any) => o.service_order_id)).toBe(true)
        expect(data.occurrences[3].service_order_id).toBeNull()
        const next = (await api.get(`/admin/service-agreements/${a.id}/lines/${lineId}/occurrences`, { headers })).data
        expect(next.count).toBe(5)
        for (const q of ["count=0", "count=abc", "after=never", "x=1"]) {
          expect((await err(api.get(`/admin/service-agreements/${a.id}/lines/${lineId}/occurrences?${q}`, { headers }))).status).toBe(400)
        }
        expect((await err(api.get(`/admin/service-agreements/${a.id}/lines/sagl_missing/occurrences`, { headers }))).status).toBe(404)
        expect((await err(api.get(`/admin/service-agreements/${a.id}/lines/${lineId}/occurrences`))).status).toBe(401)
      })

      it("previews an RRULE before it is saved: in words, next dates within the validity, the same 400 as the lines", async () => {
        const a = await createAgreement()
        const url = (q: string) => `/admin/service-agreements/${a.id}/recurrence-preview?${q}`
        const { data } = await api.get(url(`recurrence=${encodeURIComponent(QUARTERLY)}&count=3`), { headers })
        expect(data.recurrence_text).toBe("every 3 months on the 1st")
        // The same dates the saved line would show.
        expect(data.occurrences).toEqual(a.lines[0].next_occurrences.slice(0, 3))
        const weekly = (await api.get(url(`recurrence=FREQ=WEEKLY;BYDAY=MO&count=2`), { headers })).data
        expect(weekly.recurrence_text).toBe("every week on Monday")
        expect(weekly.occurrences.map((d: string) => new Date(`${d}T00:00:00Z`).getUTCDay())).toEqual([1, 1])
        // A line window that already ended yields no dates.
        const past = (await api.get(url(`recurrence=FREQ=DAILY&valid_from=2020-01-01&valid_to=2020-02-01`), { headers })).data
        expect(past.occurrences).toEqual([])
        const unknown = await err(api.get(url("recurrence=FREQ=SOMETIMES"), { headers }))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/FREQ|not a valid RRULE/)
        for (const q of ["", "recurrence=FREQ=HOURLY", "recurrence=FREQ=DAILY&count=0", "recurrence=FREQ=DAILY&x=1"]) {
          expect((await err(api.get(url(q), { headers }))).status).toBe(400)
        }
        expect((await err(api.get(`/admin/service-agreements/sagr_missing/recurrence-preview?recurrence=FREQ=DAILY`, { headers }))).status).toBe(404)
        expect((await err(api.get(url("recurrence=FREQ=DAILY")))).status).toBe(401)
      })
    })

    describe("status moves", () => {
      it("activates (emitting service_agreement.activated), suspends, resumes and cancels", async () => {
        const a = await createAgreement()
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const spy = jest.spyOn(eventBus, "emit")
        const activated = await act(a.id, "activate")
        expect(activated.data.service_agreement).toEqual(expect.objectContaining({ status: "active", activated_at: expect.any(String) }))
        const event = spy.mock.calls
          .flatMap(([events]) => (Array.isArray(events) ? events : [events]))
          .find((e: any) => e.name === "service_agreement.activated") as any
        expect(event.data).toEqual(expect.objectContaining({ id: a.id, number: a.number, from_status: "draft", to_status: "active" }))
        spy.mockRestore()
        expect((await act(a.id, "suspend")).data.service_agreement.status).toBe("suspended")
        const resumed = (await act(a.id, "resume")).data.service_agreement
        expect(resumed.status).toBe("active")
        expect(resumed.suspensions).toEqual([{ from: expect.any(String), to: expect.any(String) }])
        expect((await act(a.id, "cancel")).data.service_agreement.status).toBe("cancelled")
        const b = await activeAgreement()
        expect((await act(b.id, "expire")).data.service_agreement).toEqual(expect.objectContaining({ status: "expired", expired_at: expect.any(String) }))
      })

      it("refuses to activate without lines and refuses moves that are not allowed, changing nothing", async () => {
        const empty = await createAgreement({ lines: [] })
        const res = await act(empty.id, "activate")
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/has no lines/)
        expect((await snapshot(empty.id)).status).toBe("draft")
        const template = await createAgreement({ customer_id: undefined, is_template: true, lines: [line({ service_object_id: undefined })] })
        expect((await act(template.id, "activate")).data.message).toMatch(/template/)

        const a = await createAgreement()
        for (const action of ["suspend", "resume", "expire"]) {
          const refused = await act(a.id, action)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(/is draft; ".+" is only possible from/)
        }
        await act(a.id, "activate")
        expect((await act(a.id, "activate")).status).toBe(400)
        expect((await act(a.id, "resume")).status).toBe(400)
        await act(a.id, "cancel")
        for (const action of ["activate", "suspend", "resume", "cancel", "expire"]) {
          expect((await act(a.id, action)).status).toBe(400)
        }
        expect((await snapshot(a.id)).status).toBe("cancelled")
      })

      it("moves only from the status the caller saw: a stale from_status gets 409 naming the status now, changing nothing", async () => {
        const a = await activeAgreement()
        const move = (action: string, from_status: string) =>
          err(api.post(`/admin/service-agreements/${a.id}/${action}`, { from_status }, { headers }))
        const before = await snapshot(a.id)
        const stale = await move("suspend", "draft")
        expect(stale.status).toBe(409)
        expect(stale.data).toEqual({
          type: "conflict",
          message: `Service agreement ${a.number} is now active (you expected draft); reload it and try again`,
        })
        expect(await snapshot(a.id)).toEqual(before)
        const suspended = await move("suspend", "active")
        expect(suspended.status).toBe(200)
        expect(suspended.data.service_agreement.status).toBe("suspended")
        // A second dispatcher who still sees "active" is told it is suspended now.
        const late = await move("cancel", "active")
        expect([late.status, late.data.message]).toEqual([409, expect.stringContaining(`${a.number} is now suspended`)])
        expect((await snapshot(a.id)).status).toBe("suspended")
        expect((await err(api.post(`/admin/service-agreements/${a.id}/resume`, { from_status: "paused" }, { headers }))).status).toBe(400)
      })

      it("lets only one of two concurrent moves win", async () => {
        const a = await createAgreement()
        const results = await Promise.all([act(a.id, "activate"), act(a.id, "activate")])
        expect(results.filter((r) => r.status === 200)).toHaveLength(1)
        expect(results.find((r) => r.status !== 200)!.status).toBeLessThan(500)
      })

      it("answers 400 for a body, 404 for unknown agreements and 401 without a token", async () => {
        const a = await createAgreement()
        for (const action of ["activate", "suspend", "resume", "cancel", "expire"]) {
          expect((await err(api.post(`/admin/service-agreements/${a.id}/${action}`, { force: true }, { headers }))).status).toBe(400)
          expect((await act("sagr_missing", action)).status).toBe(404)
          expect((await err(api.post(`/admin/service-agreements/${a.id}/${action}`, {}))).status).toBe(401)
        }
        expect((await snapshot(a.id)).status).toBe("draft")
      })
    })

    describe("generating service orders", () => {
      it("creates one order per due occurrence with the agreement, its SLA and the line's resources — once", async () => {
        const a = await activeAgreement()
        const first = await generate(a.id)
        expect(first.status).toBe(200)
        expect(first.data.count).toBe(3)
        expect(first.data.service_orders.map((o: any) => o.occurrence_dates[0])).toEqual(dueDays)
        const orders = await ordersOf(a.id)
        expect(orders).toHaveLength(3)
        const order = (await api.get(`/admin/service-orders/${orders[0].id}`, { headers })).data.service_order
        expect(order).toEqual(
          expect.objectContaining({
            channel: "agreement",
            agreement_id: a.id,
            sla_id: slaId,
            customer_id: customerId,
            service_object_id: objectId,
            currency_code: "eur",
            revenue_total: 180,
            cost_total: 80,
          })
        )
        expect(order.response_due_at).toEqual(expect.any(String))
        expect(order.lines).toEqual([
          expect.objectContaining({ type: "hour", description: "Annual inspection", quantity: 2, unit_price: 90, unit_cost: 40 }),
        ])
        expect(order.stage.code).toBe("requested")

        const second = await generate(a.id)
        expect(second.data.count).toBe(0)
        expect(await ordersOf(a.id)).toHaveLength(3)
      })

      it("creates each occurrence's order exactly once when two generations run at once", async () => {
        const a = await activeAgreement()
        const results = await Promise.all([generate(a.id), generate(a.id), generate(a.id)])
        expect(results.every((r) => r.status < 500)).toBe(true)
        expect(results.reduce((n, r) => n + (r.data.count ?? 0), 0)).toBe(3)
        expect(await ordersOf(a.id)).toHaveLength(3)
        expect(await service().listAgreementOccurrences({ agreement_id: a.id })).toHaveLength(3)
      })

      it("generates nothing outside the agreement's or line's validity, and groups lines due together", async () => {
        const a = await activeAgreement({
          lines: [
            line(),
            // Same days and object: one visit, two lines.
            line({ type: "fee", description: "Visit fee", quantity: 1, unit_price: 49, unit_cost: 0 }),
            // Starts after the agreement ends: nothing.
            line({ description: "Late line", valid_from: addMonths(start, 6).toISOString() }),
            // Ends before the second occurrence.
            line({ description: "Short line", recurrence: "FREQ=MONTHLY;BYMONTHDAY=1", valid_to: addMonths(start, 1).toISOString() }),
            // No recurrence: billed, never generated.
            line({ description: "Hotline", recurrence: null }),
          ],
        })
        // The agreement ended two months ago (an agreement that already ended cannot be activated).
        await api.post(`/admin/service-agreements/${a.id}`, { valid_to: addMonths(start, 5).toISOString() }, { headers })
        const { data } = await generate(a.id)
        const orders = await ordersOf(a.id)
        // Within the validity only `start` and `start + 3 months` are due; the short line adds `start + 1 month`.
        expect(orders.map((o: any) => o.title.slice(-10)).sort()).toEqual([dueDays[0], day(addMonths(start, 1)), dueDays[1]].sort())
        expect(data.count).toBe(3)
        const visit = (await api.get(`/admin/service-orders/${orders.find((o: any) => o.title.endsWith(dueDays[0])).id}`, { headers })).data
          .service_order
        expect(visit.lines.map((l: any) => l.description).sort()).toEqual(["Annual inspection", "Short line", "Visit fee"])
      })

      it("generates nothing for a suspended agreement and catches up after it resumes", async () => {
        const a = await activeAgreement()
        await act(a.id, "suspend")
        const refused = await generate(a.id)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/is suspended; only active agreements generate/)
        expect(await ordersOf(a.id)).toHaveLength(0)
        await act(a.id, "resume")
        // The suspension began today, after the three past occurrences: they are caught up.
        expect((await generate(a.id)).data.count).toBe(3)
        expect((await generate({ ...a, id: (await createAgreement()).id }.id)).status).toBe(400)
      })

      it("generates for every active agreement at once, skipping drafts", async () => {
        const one = await activeAgreement()
        const two = await activeAgreement({ lines: [line({ recurrence: "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=1" })] })
        const draft = await createAgreement()
        const { data } = await api.post("/admin/service-agreements/generate-orders", { until: until() }, { headers })
        expect(data.count).toBe(5)
        expect(data.failures).toEqual([])
        expect(await ordersOf(one.id)).toHaveLength(3)
        expect(await ordersOf(two.id)).toHaveLength(2)
        expect(await ordersOf(draft.id)).toHaveLength(0)
        const again = (await api.post("/admin/service-agreements/generate-orders", { until: until() }, { headers })).data
        expect(again.count).toBe(0)
      })

      it("the daily job generates for all agreements, expires ended ones, and runs once when started twice", async () => {
        expect(generationJobConfig.schedule).toBe("0 2 * * *")
        const a = await activeAgreement()
        const ended = await activeAgreement()
        await api.post(`/admin/service-agreements/${ended.id}`, { valid_to: addMonths(start, 4).toISOString() }, { headers })
        await Promise.all([generateAgreementOrdersJob(getContainer()), generateAgreementOrdersJob(getContainer())])
        expect(await ordersOf(a.id)).toHaveLength(3)
        expect(await ordersOf(ended.id)).toHaveLength(2)
        expect((await snapshot(ended.id)).status).toBe("expired")
        expect((await snapshot(a.id)).status).toBe("active")
      })

      it("answers 400 for a bad until, 404 for unknown agreements and 401 without a token", async () => {
        const a = await activeAgreement()
        const far = new Date(Date.now() + 800 * DAY).toISOString()
        for (const body of [{}, { until: "soon" }, { until: far }, { until: until(), extra: 1 }]) {
          expect((await generate(a.id, body)).status).toBe(400)
          expect((await err(api.post("/admin/service-agreements/generate-orders", body, { headers }))).status).toBe(400)
        }
        expect(await ordersOf(a.id)).toHaveLength(0)
        expect((await generate("sagr_missing")).status).toBe(404)
        expect((await err(api.post(`/admin/service-agreements/${a.id}/generate-orders`, { until: until() }))).status).toBe(401)
        expect((await err(api.post("/admin/service-agreements/generate-orders", { until: until() }))).status).toBe(401)
      })
    })
  },
})
