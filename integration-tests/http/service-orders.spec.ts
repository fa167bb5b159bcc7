import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { defaultAdminServiceOrderListFields } from "../../src/api/admin/service-orders/query-config"
import { createAdmin } from "../helpers/auth"
import { expectDetailReadAsQuery, expectMoveReadAsQuery } from "../helpers/service-order-detail"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let customerId: string
    let objectId: string

    const err = (p: Promise<any>) => p.then(() => ({ status: 200, data: undefined as any }), (e) => e.response)
    const createOrder = (body: Record<string, unknown> = {}) =>
      api.post("/admin/service-orders", { customer_id: customerId, service_object_id: objectId, title: "Boiler check", ...body }, { headers })
    const move = (id: string, body: Record<string, unknown>) =>
      api.post(`/admin/service-orders/${id}/transition`, body, { headers })

    beforeEach(async () => {
      const container = getContainer()
      await container.resolve(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
      const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "jane@example.com", first_name: "Jane" })
      customerId = customer.id
      const { data } = await api.post(
        "/admin/service-objects",
        { name: "Boiler", customer_id: customerId, serial_number: "B-1" },
        { headers }
      )
      objectId = data.service_object.id
    })

    describe("POST /admin/service-orders", () => {
      it("creates a numbered order in the initial stage with its lines, totals and history", async () => {
        const { status, data } = await createOrder({
          priority: "high",
          currency_code: "EUR",
          lines: [
            { type: "hour", description: "Labour", quantity: 2, unit_price: 90, unit_cost: 40 },
            { type: "item", description: "Valve", quantity: 1, unit_price: 30, unit_cost: 12 },
            { type: "expense", description: "Travel (warranty)", quantity: 1, unit_price: 25, unit_cost: 25, billable: false },
          ],
        })
        expect(status).toBe(200)
        const order = data.service_order
        expect(order).toEqual(
          expect.objectContaining({
            number: "SO-000001",
            display_id: 1,
            priority: "high",
            channel: "admin",
            currency_code: "eur",
            customer_id: customerId,
            service_object_id: objectId,
          })
        )
        expect(order.stage.code).toBe("requested")
        expect(order.lines).toHaveLength(3)
        expect(order.revenue_total).toBe(210)
        expect(order.cost_total).toBe(117)
        expect(order.margin_total).toBe(93)
        expect(order.customer.email).toBe("jane@example.com")
        expect(order.stage_transitions).toEqual([
          expect.objectContaining({ from_stage_code: null, to_stage_code: "requested", actor_type: "user" }),
        ])
      })

      it("answers exactly what GET /admin/service-orders/:id answers, with an agreement and its SLA and without", async () => {
        const sla = (
          await api.post(
            "/admin/service-level-agreements",
            { code: "GOLD", name: "Gold", response_minutes: 60, resolution_minutes: 480, timezone: "UTC", working_hours: { "1": [{ start: "00:00", end: "24:00" }] }, holidays: [] },
            { headers }
          )
        ).data.service_level_agreement
        const agreement = (
          await api.post(
            "/admin/service-agreements",
            {
              customer_id: customerId,
              name: "Maintenance",
              valid_from: new Date(Date.now() - 86400000).toISOString(),
              sla_id: sla.id,
              lines: [{ type: "fee", description: "Support", quantity: 1, unit_price: 10 }],
            },
            { headers }
          )
        ).data.service_agreement
        await api.post(`/admin/service-agreements/${agreement.id}/activate`, {}, { headers })

        // Answered from what the create read and wrote: the order is not read back.
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const statements: string[] = []
        const listener = (q: { sql: string }) => statements.push(q.sql)
        pg.on("query", listener)
        const bare = (await createOrder({ service_object_id: undefined, title: undefined })).data.service_order
        const full = (
          await createOrder({
            agreement_id: agreement.id,
            address: { city: "Riga" },
            preferred_start: "2026-12-01T09:00:00.000Z",
            metadata: { source: "phone" },
            lines: [
              { type: "hour", description: "Labour", quantity: 1.5, unit_price: 90, unit_cost: 40 },
              { type: "item", description: "Valve", quantity: 1, unit_price: 30.25, billable: false },
            ],
          })
        ).data.service_order
        pg.off("query", listener)
        expect(statements.filter((sql) => /^select .* from "service_order" as/is.test(sql))).toEqual([])
        expect(bare).toEqual(expect.objectContaining({ agreement: null, sla: null, service_object: null, title: null, lines: [] }))
        expect(full.agreement).toEqual({ id: agreement.id, number: agreement.number, name: "Maintenance" })
        expect(full.sla).toEqual(expect.objectContaining({ id: sla.id, code: "GOLD", name: "Gold" }))
        for (const created of [bare, full]) {
          const read = (await api.get(`/admin/service-orders/${created.id}`, { headers })).data.service_order
          expect(created).toEqual(read)
          await expectDetailReadAsQuery(getContainer(), created.id)
        }
      })

      it("moves and line changes answer exactly what GET /admin/service-orders/:id answers, reading its detail once", async () => {
        // A default 24/7 SLA: the first move records the response and changes the SLA fields.
        const always = Object.fromEntries(["1", "2", "3", "4", "5", "6", "7"].map((d) => [d, [{ start: "00:00", end: "24:00" }]]))
        const sla = { code: "ALWAYS", name: "Always", response_minutes: 60, resolution_minutes: 480, timezone: "UTC", working_hours: always, holidays: [], is_default: true }
        await api.post("/admin/service-level-agreements", sla, { headers })
        const order = (await createOrder({ lines: [{ type: "hour", description: "Labour", quantity: 2, unit_price: 90, unit_cost: 40 }] })).data.service_order
        const [labour] = order.lines
        const writes: [string, () => Promise<Record<string, any>>][] = [
          ["move recording the response", async () => (await move(order.id, { to_stage: "scheduled", from_stage_code: "requested" })).data.service_order],
          ["line add", async () => (await api.post(`/admin/service-orders/${order.id}/lines`, { lines: [{ type: "item", description: "Valve", quantity: 1, unit_price: 30 }] }, { headers })).data.service_order],
          ["line update", async () => (await api.post(`/admin/service-orders/${order.id}/lines/${labour.id}`, { quantity: 3, unit_cost: 45 }, { headers })).data.service_order],
          ["line delete", async () => (await api.delete(`/admin/service-orders/${order.id}/lines/${labour.id}`, { headers })).data.parent],
          ["move without SLA change", async () => (await move(order.id, { to_stage: "requested", from_stage_code: "scheduled" })).data.service_order],
        ]
        // Postgres gives a changed line's new row version last: the detail's line order is not defined.
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
        const comparable = (o: Record<string, any>) => ({ ...o, lines: [...o.lines].sort(byId), stage: { ...o.stage, reasons: [...o.stage.reasons].sort(byId) } })
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        for (const [name, write] of writes) {
          const statements: string[] = []
          const listener = (q: { sql: string }) => statements.push(q.sql)
          pg.on("query", listener)
          const answered = await write()
          pg.off("query", listener)
          const read = (await api.get(`/admin/service-orders/${order.id}`, { headers })).data.service_order
          expect([name, comparable(answered)]).toEqual([name, comparable(read)])
          await expectDetailReadAsQuery(getContainer(), order.id)
          // The detail (its internal note among it) is read once, before the write, not again after it.
          const isDetailRead = (sql: string) => /^select .* from "service_order" as/is.test(sql) && sql.includes('"internal_note"')
          // A write is a statement that inserts, updates or deletes, at its start or in a WITH (the move's one statement).
          const isWrite = (sql: string) => /^(insert|update|delete)\b/i.test(sql.trim()) || /^with\b.*\b(insert\s+into|update\s+"?\w+"?\s+set|delete\s+from)\b/is.test(sql.trim())
          const lastWrite = statements.map(isWrite).lastIndexOf(true)
          expect([name, statements.filter(isDetailRead).length, statements.slice(lastWrite).some(isDetailRead)]).toEqual([name, 1, false])
          // A move reads its target stage and the stage's reasons in that same statement.
          const isStageRead = (sql: string) => /^select .* from "service_stage(_reason)?" as/is.test(sql.trim())
          expect([name, name.startsWith("move") && statements.some(isStageRead)]).toEqual([name, false])
        }
        await expectMoveReadAsQuery(getContainer(), order.id, "scheduled")
        const final = (await api.get(`/admin/service-orders/${order.id}`, { headers })).data.service_order
        expect(final.responded_at).toEqual(expect.any(String))
        expect(final.stage_transitions.map((t: any) => t.to_stage_code)).toEqual(["requested", "scheduled", "requested"])
        expect(final.lines.map((l: any) => l.description)).toEqual(["Valve"])
        expect([final.revenue_total, final.cost_total]).toEqual([30, 0])
      })

      it("emits service_order.created", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const spy = jest.spyOn(eventBus, "emit")
        const { data } = await createOrder()
        const names = spy.mock.calls.flatMap(([events]) => (Array.isArray(events) ? events : [events]).map((e: any) => e.name))
        expect(names).toContain("service_order.created")
        const event = spy.mock.calls
          .flatMap(([events]) => (Array.isArray(events) ? events : [events]))
          .find((e: any) => e.name === "service_order.created") as any
        expect(event.data).toEqual(expect.objectContaining({ id: data.service_order.id, stage: "requested" }))
        spy.mockRestore()
      })

      it("numbers concurrent creations without duplicates or gaps", async () => {
        const results = await Promise.all(Array.from({ length: 10 }, () => createOrder()))
        const numbers = results.map((r) => r.data.service_order.display_id).sort((a: number, b: number) => a - b)
        expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      })

      it("answers 400 for bad bodies and changes nothing", async () => {
        const bad = [
          {},
          { customer_id: customerId, priority: "asap" },
          { customer_id: customerId, unknown_field: 1 },
          { customer_id: customerId, lines: [{ type: "hour", quantity: -1 }] },
          { customer_id: customerId, lines: [{ type: "labour", quantity: 1 }] },
          { customer_id: customerId, preferred_start: "2026-12-01T10:00:00Z", preferred_end: "2026-12-01T09:00:00Z" },
          { customer_id: customerId, preferred_start: "not a date" },
        ]
        for (const body of bad) {
          const res = await err(api.post("/admin/service-orders", body, { headers }))
          expect(res.status).toBe(400)
          expect(res.data.message).toEqual(expect.any(String))
        }
        const { data } = await api.get("/admin/service-orders", { headers })
        expect(data.count).toBe(0)
      })

      it("answers 404 for an unknown customer and 400 for another customer's object", async () => {
        const unknown = await err(createOrder({ customer_id: "cus_missing", service_object_id: undefined }))
        expect(unknown.status).toBe(404)
        const other = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "other@example.com" })
        const foreign = await err(createOrder({ customer_id: other.id }))
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toMatch(/belongs to another customer/)
      })

      it("answers 401 without a token", async () => {
        const res = await err(api.post("/admin/service-orders", { customer_id: customerId }))
        expect(res.status).toBe(401)
      })
    })

    describe("GET /admin/service-orders", () => {
      it("lists in Medusa's shape with filters, search, fields and paging", async () => {
        const a = (await createOrder({ title: "Annual inspection", priority: "low" })).data.service_order
        const b = (await createOrder({ title: "Leak repair", priority: "urgent" })).data.service_order
        await move(b.id, { to_stage: "scheduled" })

        const all = (await api.get("/admin/service-orders", { headers })).data
        expect(all).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 20 }))
        expect(all.service_orders.map((o: any) => o.id)).toEqual([b.id, a.id])

        const scheduled = (await api.get("/admin/service-orders?stage_code=scheduled", { headers })).data
        expect(scheduled.service_orders.map((o: any) => o.id)).toEqual([b.id])
        const byStageId = (await api.get(`/admin/service-orders?stage_id=${b.stage.id}`, { headers })).data
        expect(byStageId.service_orders.map((o: any) => o.id)).toEqual([a.id])
        const urgent = (await api.get("/admin/service-orders?priority=urgent", { headers })).data
        expect(urgent.count).toBe(1)
        const search = (await api.get(`/admin/service-orders?q=${a.number}`, { headers })).data
        expect(search.service_orders.map((o: any) => o.id)).toEqual([a.id])
        const byCustomer = (await api.get(`/admin/service-orders?customer_id=${customerId}&limit=1&offset=1&order=display_id`, { headers })).data
        expect(byCustomer).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
        expect(byCustomer.service_orders[0].id).toBe(b.id)
        const slim = (await api.get("/admin/service-orders?fields=id,number", { headers })).data
        expect(Object.keys(slim.service_orders[0]).sort()).toEqual(["id", "number"])
        const open = (await api.get("/admin/service-orders?is_open=true", { headers })).data
        expect(open.count).toBe(2)
      })

      it("answers the admin's default fields exactly as Query reads them, and other fields through Query", async () => {
        const container = getContainer()
        const other = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "acme@example.com", company_name: "Acme" })
        const withLines = (await createOrder({ lines: [{ type: "hour", quantity: 2, unit_price: 45.5, unit_cost: 20 }] })).data.service_order
        const withoutObject = (await createOrder({ customer_id: other.id, service_object_id: null, title: null })).data.service_order
        await move(withoutObject.id, { to_stage: "scheduled" })
        // A deleted customer is missing from Query's answer as from the list's.
        const gone = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "gone@example.com" })
        const orphan = (await createOrder({ customer_id: gone.id, service_object_id: null })).data.service_order
        await container.resolve(Modules.CUSTOMER).softDeleteCustomers([gone.id])

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const viaQuery = async (fields: string[], ids: string[]) => {
          const { data } = await query.graph({ entity: "service_order", fields, filters: { id: ids } })
          return ids.map((id) => JSON.parse(JSON.stringify(data.find((o: any) => o.id === id))))
        }
        const ids = [orphan.id, withoutObject.id, withLines.id]
        const listed = (await api.get("/admin/service-orders", { headers })).data.service_orders
        expect(listed.map((o: any) => o.id)).toEqual(ids)
        expect(listed).toEqual(await viaQuery(defaultAdminServiceOrderListFields, ids))
        expect(listed[2].revenue_total).toBe(91)

        const fields = ["id", "number", "lines.id", "lines.quantity", "stage.code"]
        const generic = (await api.get(`/admin/service-orders?fields=${fields.join(",")}&order=display_id`, { headers })).data
        expect(generic.service_orders).toEqual(await viaQuery(fields, [...ids].reverse()))
        expect(generic.service_orders[0].lines).toHaveLength(1)
      })

      it("counts matches up to 1,000 and answers count_capped beyond, without a count of every row", async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const [requested] = await getContainer().resolve(SERVICE_MANAGEMENT_MODULE).listServiceStages({ code: "requested" })
        await pg.raw(
          `INSERT INTO service_order (id, display_id, number, customer_id, priority, channel, currency_code, stage_id, created_at)
           SELECT 'sord_bulk_' || i, 100000 + i, 'BULK-' || i, ?, CASE WHEN i <= 5 THEN 'urgent' ELSE 'low' END, 'admin', 'usd', ?,
             now() - (i || ' minutes')::interval
           FROM generate_series(1, 1050) AS i`,
          [customerId, requested.id]
        )
        const list = async (q: string) => (await api.get(`/admin/service-orders?${q}`, { headers })).data

        expect(await list("limit=20")).toEqual(expect.objectContaining({ count: 1000, count_capped: true, offset: 0, limit: 20 }))
        // Past the cap the count stays ahead of the page, so there is always a next page to ask for.
        expect(await list("limit=20&offset=1000")).toEqual(expect.objectContaining({ count: 1020, count_capped: true }))
        const last = await list("limit=20&offset=1040")
        expect([last.count, last.count_capped, last.service_orders.length]).toEqual([1050, false, 10])
        expect(await list("priority=urgent")).toEqual(expect.objectContaining({ count: 5, count_capped: false }))
        expect(await list("stage_code=scheduled")).toEqual(expect.objectContaining({ count: 0, count_capped: false, service_orders: [] }))
        expect((await list("stage_code=requested&limit=1")).count_capped).toBe(true)
      })

      it("pages deep lists by display_id after a cursor, with the whole list's count", async () => {
        const orders: any[] = []
        for (const title of ["First", "Second", "Third"]) {
          orders.push((await createOrder({ title })).data.service_order)
        }
        const list = async (q: string) => (await api.get(`/admin/service-orders?${q}`, { headers })).data
        const first = await list("order=-display_id&limit=2")
        expect(first.service_orders.map((o: any) => o.title)).toEqual(["Third", "Second"])
        const next = await list(`order=-display_id&limit=2&after=${first.service_orders[1].display_id}`)
        expect(next.service_orders.map((o: any) => o.title)).toEqual(["First"])
        expect([next.count, next.count_capped]).toEqual([3, false])
        const ascending = await list(`order=display_id&after=${orders[0].display_id}`)
        expect(ascending.service_orders.map((o: any) => o.title)).toEqual(["Second", "Third"])
        for (const q of ["after=1", "order=-created_at&after=1", "order=-display_id&after=1&offset=2", "order=-display_id&after=abc", "order=-display_id&after=0"]) {
          expect((await err(api.get(`/admin/service-orders?${q}`, { headers }))).status).toBe(400)
        }
      })

      it("answers 400 for bad queries", async () => {
        for (const q of ["order=password", "limit=abc", "priority=asap", "unknown=1", "is_open=maybe", "limit=-1", "offset=-5", "limit=5000"]) {
          const res = await err(api.get(`/admin/service-orders?${q}`, { headers }))
          expect(res.status).toBe(400)
        }
      })

      it("answers 400, not 500, for negative paging on every plugin list", async () => {
        const lists = [
          "/admin/service-objects",
          "/admin/service-tasks",
          "/admin/service-stages",
          "/admin/repair-codes?kind=symptom",
          "/admin/boms",
          "/admin/service-agreements",
          "/admin/service-level-agreements",
          "/admin/service-subscriptions",
          "/admin/subscription-groups",
          "/admin/subscription-fee-transactions",
          "/admin/subscription-billing-runs",
          "/admin/service-roles",
        ]
        for (const path of lists) {
          const sep = path.includes("?") ? "&" : "?"
          const res = await err(api.get(`${path}${sep}limit=-1`, { headers }))
          expect([path, res.status]).toEqual([path, 400])
        }
      })

      it("answers 401 without a token and 404 for an unknown id", async () => {
        expect((await err(api.get("/admin/service-orders"))).status).toBe(401)
        expect((await err(api.get("/admin/service-orders/sord_missing", { headers }))).status).toBe(404)
      })
    })

    describe("POST /admin/service-orders/:id", () => {
      it("updates the header of an open order", async () => {
        const o = (await createOrder()).data.service_order
        const { data } = await api.post(`/admin/service-orders/${o.id}`, { priority: "urgent", internal_note: "Dog on site" }, { headers })
        expect(data.service_order).toEqual(expect.objectContaining({ priority: "urgent", internal_note: "Dog on site" }))
      })

      it("refuses changes to a terminal order, naming the rule", async () => {
        const o = (await createOrder()).data.service_order
        await move(o.id, { to_stage: "cancelled", reason_code: "duplicate" })
        const res = await err(api.post(`/admin/service-orders/${o.id}`, { title: "New" }, { headers }))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/Stage rule "is_terminal"/)
        const after = (await api.get(`/admin/service-orders/${o.id}`, { headers })).data.service_order
        expect(after.title).toBe("Boiler check")
      })

      it("answers 400, 401 and 404", async () => {
        const o = (await createOrder()).data.service_order
        expect((await err(api.post(`/admin/service-orders/${o.id}`, { priority: "asap" }, { headers }))).status).toBe(400)
        expect((await err(api.post(`/admin/service-orders/${o.id}`, { customer_id: "x" }, { headers }))).status).toBe(400)
        expect((await err(api.post(`/admin/service-orders/${o.id}`, { title: "x" }))).status).toBe(401)
        expect((await err(api.post(`/admin/service-orders/sord_missing`, { title: "x" }, { headers }))).status).toBe(404)
      })
    })

    describe("lines", () => {
      it("adds, changes and removes lines and keeps totals in step", async () => {
        const o = (await createOrder()).data.service_order
        const added = (
          await api.post(
            `/admin/service-orders/${o.id}/lines`,
            { lines: [{ type: "hour", description: "Labour", quantity: 3, unit_price: 100, unit_cost: 50 }] },
            { headers }
          )
        ).data.service_order
        expect(added.revenue_total).toBe(300)
        const lineId = added.lines[0].id

        const changed = (await api.post(`/admin/service-orders/${o.id}/lines/${lineId}`, { quantity: 1.5, billable: false }, { headers })).data.service_order
        expect(changed.lines[0].quantity).toBe(1.5)
        expect(changed.revenue_total).toBe(0)
        expect(changed.cost_total).toBe(75)
        expect(changed.margin_total).toBe(-75)

        const removed = (await api.delete(`/admin/service-orders/${o.id}/lines/${lineId}`, { headers })).data
        expect(removed).toEqual(expect.objectContaining({ id: lineId, object: "service_order_line", deleted: true }))
        expect(removed.parent.lines).toHaveLength(0)
        expect(removed.parent.cost_total).toBe(0)
      })

      it("fills description and prices from the service task", async () => {
        const task = (
          await api.post(
            "/admin/service-tasks",
            { code: "INSPECT", name: "Annual inspection", default_unit_price: 120, default_unit_cost: 60 },
            { headers }
          )
        ).data.service_task
        const o = (await createOrder({ lines: [{ type: "hour", quantity: 1, service_task_id: task.id }] })).data.service_order
        expect(o.lines[0]).toEqual(expect.objectContaining({ description: "Annual inspection", unit_price: 120, unit_cost: 60 }))
      })

      it("refuses line edits once the stage forbids them, and changes nothing", async () => {
        const o = (await createOrder({ lines: [{ type: "fee", description: "Call-out", quantity: 1, unit_price: 50 }] })).data.service_order
        for (const to of ["in_progress", "completed"]) {
          await move(o.id, { to_stage: to })
        }
        const add = await err(api.post(`/admin/service-orders/${o.id}/lines`, { lines: [{ type: "fee", description: "Extra", quantity: 1 }] }, { headers }))
        expect(add.status).toBe(400)
        expect(add.data.message).toMatch(/Stage rule "allow_edit_lines"/)
        const edit = await err(api.post(`/admin/service-orders/${o.id}/lines/${o.lines[0].id}`, { quantity: 5 }, { headers }))
        expect(edit.status).toBe(400)
        const del = await err(api.delete(`/admin/service-orders/${o.id}/lines/${o.lines[0].id}`, { headers }))
        expect(del.status).toBe(400)
        const after = (await api.get(`/admin/service-orders/${o.id}`, { headers })).data.service_order
        expect(after.lines).toHaveLength(1)
        expect(after.lines[0].quantity).toBe(1)
        expect(after.revenue_total).toBe(50)
      })

      it("answers 400 for bad lines, 404 for a line of another order, 401 without a token", async () => {
        const o = (await createOrder({ lines: [{ type: "fee", description: "Call-out", quantity: 1 }] })).data.service_order
        const other = (await createOrder()).data.service_order
        expect((await err(api.post(`/admin/service-orders/${o.id}/lines`, { lines: [] }, { headers }))).status).toBe(400)
        expect((await err(api.post(`/admin/service-orders/${o.id}/lines`, { lines: [{ type: "hour", quantity: 0 }] }, { headers }))).status).toBe(400)
        expect((await err(api.post(`/admin/service-orders/${o.id}/lines/${o.lines[0].id}`, {}, { headers }))).status).toBe(400)
        expect((await err(api.post(`/admin/service-orders/${other.id}/lines/${o.lines[0].id}`, { quantity: 2 }, { headers }))).status).toBe(404)
        expect((await err(api.delete(`/admin/service-orders/${other.id}/lines/${o.lines[0].id}`, { headers }))).status).toBe(404)
        expect((await err(api.post(`/admin/service-orders/sord_missing/lines`, { lines: [{ type: "hour", quantity: 1 }] }, { headers }))).status).toBe(404)
        expect((await err(api.post(`/admin/service-orders/${o.id}/lines`, { lines: [{ type: "hour", quantity: 1, service_task_id: "stsk_missing" }] }, { headers }))).status).toBe(404)
        expect((await err(api.post(`/admin/service-orders/${o.id}/lines`, { lines: [{ type: "hour", quantity: 1 }] }))).status).toBe(401)
      })
    })

    describe("POST /admin/service-orders/:id/transition", () => {
      it("moves through the stages, keeping history with actor, reason and time", async () => {
        const o = (await createOrder()).data.service_order
        for (const to of ["scheduled", "in_progress", "completed", "closed"]) {
          const { data } = await move(o.id, { to_stage: to, note: `to ${to}` })
          expect(data.service_order.stage.code).toBe(to)
        }
        const after = (await api.get(`/admin/service-orders/${o.id}`, { headers })).data.service_order
        expect(after.closed_at).toEqual(expect.any(String))
        const history = [...after.stage_transitions].sort((x: any, y: any) => x.created_at.localeCompare(y.created_at))
        expect(history.map((t: any) => `${t.from_stage_code}->${t.to_stage_code}`)).toEqual([
          "null->requested",
          "requested->scheduled",
          "scheduled->in_progress",
          "in_progress->completed",
          "completed->closed",
        ])
        expect(history[4]).toEqual(expect.objectContaining({ note: "to closed", actor_type: "user", actor_id: expect.any(String) }))
      })

      it("emits service_order.stage_changed", async () => {
        const o = (await createOrder()).data.service_order
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const spy = jest.spyOn(eventBus, "emit")
        await move(o.id, { to_stage: "scheduled" })
        const event = spy.mock.calls
          .flatMap(([events]) => (Array.isArray(events) ? events : [events]))
          .find((e: any) => e.name === "service_order.stage_changed") as any
        expect(event.data).toEqual(expect.objectContaining({ id: o.id, from_stage: "requested", to_stage: "scheduled" }))
        spy.mockRestore()
      })

      it("refuses stages that may not follow, naming the rule, and changes nothing", async () => {
        const o = (await createOrder()).data.service_order
        const res = await err(move(o.id, { to_stage: "closed" }))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/Stage rule "next_stage_codes": "closed" cannot follow "requested"/)
        const after = (await api.get(`/admin/service-orders/${o.id}`, { headers })).data.service_order
        expect(after.stage.code).toBe("requested")
        expect(after.stage_transitions).toHaveLength(1)
      })

      it("requires a valid reason where the stage asks for one", async () => {
        const o = (await createOrder()).data.service_order
        const none = await err(move(o.id, { to_stage: "cancelled" }))
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/Stage rule "requires_reason"/)
        const wrong = await err(move(o.id, { to_stage: "cancelled", reason_code: "bored" }))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/Stage rule "reasons"/)
        const ok = await move(o.id, { to_stage: "cancelled", reason_code: "customer_request" })
        expect(ok.data.service_order.canceled_at).toEqual(expect.any(String))
        const terminal = await err(move(o.id, { to_stage: "requested" }))
        expect(terminal.data.message).toMatch(/terminal/)
      })

      it("lets only one of several concurrent identical moves win", async () => {
        const o = (await createOrder()).data.service_order
        const results = await Promise.all(Array.from({ length: 4 }, () => err(move(o.id, { to_stage: "scheduled" }))))
        expect(results.filter((r) => r.status === 200)).toHaveLength(1)
        expect(results.find((r) => r.status !== 200)!.status).toBeLessThan(500)
        const after = (await api.get(`/admin/service-orders/${o.id}`, { headers })).data.service_order
        expect(after.stage_transitions).toHaveLength(2)
      })

      describe("optimistic concurrency", () => {
        const service = () => getContainer().resolve(SERVICE_MANAGEMENT_MODULE)
        const written = async (id: string) => ({
          transitions: (await service().listStageTransitions({ service_order_id: id })).length,
          sla_events: (await service().listSlaEvents({ service_order_id: id })).length,
        })
        const stageOf = async (id: string) => (await api.get(`/admin/service-orders/${id}`, { headers })).data.service_order.stage.code
        const NAMES: Record<string, string> = { scheduled: "Scheduled", in_progress: "In progress", cancelled: "Cancelled" }

        // Each caller says the stage it saw: a move sent without one after the winner committed is
        // a later, legitimate move, so only the precondition makes "exactly one" independent of timing.
        it("of ten simultaneous moves from the same stage with different targets applies exactly one; the nine others get 409 naming the stage now", async () => {
          const o = (await createOrder()).data.service_order
          const before = await written(o.id)
          const targets = Array.from({ length: 10 }, (_, i) => ["scheduled", "in_progress", "cancelled"][i % 3])
          const results = await Promise.all(
            targets.map((to) =>
              move(o.id, {
                to_stage: to,
                from_stage_code: "requested",
                ...(to === "cancelled" ? { reason_code: "customer_request" } : {}),
              }).then((r) => r, (e) => e.response)
            )
          )
          expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)])
          const now = await stageOf(o.id)
          expect(results.find((r) => r.status === 200)!.data.service_order.stage.code).toBe(now)
          for (const r of results.filter((r) => r.status === 409)) {
            // A loser that read the stage before the winner committed loses the compare-and-set
            // (no "you expected"); one that read it after fails its precondition.
            expect(r.data.type).toBe("conflict")
            expect([
              `Service order ${o.number} is now in stage "${NAMES[now]}" (${now}); reload it and try again`,
              `Service order ${o.number} is now in stage "${NAMES[now]}" (${now}) (you expected requested); reload it and try again`,
            ]).toContain(r.data.message)
          }
          const after = await written(o.id)
          expect(after.transitions).toBe(before.transitions + 1)
          // Only the winner's stage SLA action (if any) was recorded.
          expect(after.sla_events - before.sla_events).toBeLessThanOrEqual(1)
          const history = (await api.get(`/admin/service-orders/${o.id}`, { headers })).data.service_order.stage_transitions
          expect(history.map((t: any) => [t.from_stage_code, t.to_stage_code])).toEqual(
            expect.arrayContaining([[null, "requested"], ["requested", now]])
          )
        })

        it("refuses a stale from_stage_code with 409 naming the stage now and writes nothing; the right one moves", async () => {
          const o = (await createOrder()).data.service_order
          expect((await move(o.id, { to_stage: "scheduled", from_stage_code: "requested" })).status).toBe(200)
          const before = await written(o.id)
          const stale = await err(move(o.id, { to_stage: "in_progress", from_stage_code: "requested" }))
          expect(stale.status).toBe(409)
          expect(stale.data).toEqual({
            type: "conflict",
            message: `Service order ${o.number} is now in stage "Scheduled" (scheduled) (you expected requested); reload it and try again`,
          })
          // Also where the target would break a rule: the caller is told the stage first.
          expect((await err(move(o.id, { to_stage: "closed", from_stage_code: "requested" }))).status).toBe(409)
          expect(await written(o.id)).toEqual(before)
          expect(await stageOf(o.id)).toBe("scheduled")
          const ok = await move(o.id, { to_stage: "in_progress", from_stage_code: "scheduled" })
          expect(ok.data.service_order.stage.code).toBe("in_progress")
          expect((await written(o.id)).transitions).toBe(before.transitions + 1)
        })

        it("answers a move that cannot get the order's lock with 409 naming the stage, and writes nothing", async () => {
          const o = (await createOrder()).data.service_order
          const locking = getContainer().resolve(Modules.LOCKING)
          await locking.acquire(`service_order:${o.id}`, { ownerId: "someone-else", expire: 30 })
          try {
            const before = await written(o.id)
            const lost = await err(move(o.id, { to_stage: "scheduled" }))
            expect(lost.status).toBe(409)
            expect(lost.data).toEqual({
              type: "conflict",
              message: `Service order ${o.number} is now in stage "Requested" (requested); reload it and try again`,
            })
            expect(await written(o.id)).toEqual(before)
          } finally {
            await locking.release(`service_order:${o.id}`, { ownerId: "someone-else" })
          }
        })

        it("answers 400 for a malformed from_stage_code", async () => {
          const o = (await createOrder()).data.service_order
          expect((await err(move(o.id, { to_stage: "scheduled", from_stage_code: "" }))).status).toBe(400)
          expect((await err(move(o.id, { to_stage: "scheduled", from_stage_code: 7 }))).status).toBe(400)
        })
      })

      it("answers 400 for bad bodies, 404 for unknown orders and 401 without a token", async () => {
        const o = (await createOrder()).data.service_order
        expect((await err(move(o.id, {}))).status).toBe(400)
        expect((await err(move(o.id, { to_stage: "scheduled", extra: true }))).status).toBe(400)
        expect((await err(move(o.id, { to_stage: "nowhere" }))).status).toBe(400)
        expect((await err(move("sord_missing", { to_stage: "scheduled" }))).status).toBe(404)
        expect((await err(api.post(`/admin/service-orders/${o.id}/transition`, { to_stage: "scheduled" }))).status).toBe(401)
      })
    })
  },
})
