import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE, ServiceManagementModuleService } from "../../src/modules/service-management"
import { createAdmin } from "../helpers/auth"
import { queriesOf } from "../helpers/query-count"

jest.setTimeout(240000)

type Headers = Record<string, string>
// Monday 2026-11-23 in UTC; technicians work 08:00–17:00 UTC on weekdays unless a test says otherwise.
const MON = "2026-11-23"
const at = (day: string, hhmm: string) => `${day}T${hhmm}:00.000Z`
const WEEKDAYS = Object.fromEntries([1, 2, 3, 4, 5].map((d) => [String(d), [{ start: "08:00", end: "17:00" }]]))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Headers
    let customerId: string
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const call = (method: string, url: string, data?: unknown, h: Headers = headers) =>
      api.request({ method, url, headers: h, data }).then(
        (r) => ({ status: r.status, data: r.data }),
        (e) => ({ status: e.response?.status as number, data: e.response?.data })
      )
    const technician = async (body: Record<string, unknown> = {}) =>
      (await call("POST", "/admin/technicians", { first_name: "Tom", last_name: "Tech", timezone: "UTC", working_hours: WEEKDAYS, ...body })).data
        .technician
    const order = async (body: Record<string, unknown> = {}) =>
      (await call("POST", "/admin/service-orders", { customer_id: customerId, title: "Boiler check", ...body })).data.service_order
    const assign = (orderId: string, body: Record<string, unknown>) => call("POST", `/admin/service-orders/${orderId}/assignments`, body)
    const liveAssignments = async () => (await service().listServiceAssignments({ status: ["planned", "in_progress", "done"] })).length

    beforeEach(async () => {
      const container = getContainer()
      await service().ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
      const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "jane@example.com", first_name: "Jane", last_name: "Doe" })
      customerId = customer.id
    })

    describe("skills, teams and technicians", () => {
      it("creates, lists, updates and deletes them, refusing deletes of what is in use", async () => {
        const skill = (await call("POST", "/admin/skills", { code: "gas", name: "Gas certified" })).data.skill
        expect(skill).toEqual(expect.objectContaining({ code: "gas", name: "Gas certified" }))
        const team = (await call("POST", "/admin/dispatch-teams", { name: "North", color: "#336699" })).data.dispatch_team
        const tech = await technician({ skills: ["gas"], team_id: team.id, email: "tom@example.com" })
        expect(tech).toEqual(expect.objectContaining({ first_name: "Tom", skills: ["gas"], team_id: team.id, team: expect.objectContaining({ name: "North" }) }))

        const list = (await call("GET", `/admin/technicians?team_id=${team.id}&q=Tom`)).data
        expect(list).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 50 }))
        expect((await call("GET", "/admin/skills")).data.skills).toHaveLength(1)

        const updated = await call("POST", `/admin/technicians/${tech.id}`, { phone: "+31 6 1234", is_active: false })
        expect(updated.data.technician).toEqual(expect.objectContaining({ phone: "+31 6 1234", is_active: false }))

        const skillInUse = await call("DELETE", `/admin/skills/${skill.id}`)
        expect(skillInUse.status).toBe(400)
        expect(skillInUse.data.message).toMatch(/in use \(1 technician/)
        const teamInUse = await call("DELETE", `/admin/dispatch-teams/${team.id}`)
        expect(teamInUse.status).toBe(400)
        expect(teamInUse.data.message).toMatch(/1 technician/)

        expect((await call("DELETE", `/admin/technicians/${tech.id}`)).data).toEqual({ id: tech.id, object: "technician", deleted: true })
        expect((await call("DELETE", `/admin/dispatch-teams/${team.id}`)).status).toBe(200)
        expect((await call("DELETE", `/admin/skills/${skill.id}`)).status).toBe(200)
        expect((await call("GET", `/admin/technicians/${tech.id}`)).status).toBe(404)
      })

      it("answers 400 for bad technicians and changes nothing; 404 for unknown references; 401 without a token", async () => {
        const user = await createAdmin(getContainer(), "linked@test.dev")
        const bad = [
          [{ working_hours: { 1: [{ start: "17:00", end: "08:00" }] } }, /ends before it starts/],
          [{ timezone: "Mars/Olympus" }, /not an IANA time zone/],
          [{ skills: ["unicycling"] }, /Unknown skill code\(s\): unicycling/],
          [{ email: "not-an-email" }, /email/],
          [{ first_name: "" }, /first_name/],
          [{ unknown: 1 }, /unknown/i],
        ] as const
        for (const [body, message] of bad) {
          const res = await call("POST", "/admin/technicians", { first_name: "Tom", timezone: "UTC", working_hours: WEEKDAYS, ...body })
          expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        expect((await call("POST", "/admin/technicians", { first_name: "Tom", timezone: "UTC", working_hours: WEEKDAYS, team_id: "steam_missing" })).status).toBe(404)
        expect((await call("POST", "/admin/technicians", { first_name: "Tom", timezone: "UTC", working_hours: WEEKDAYS, user_id: "user_missing" })).status).toBe(404)
        expect(await service().listServiceTechnicians({})).toHaveLength(0)

        await technician({ user_id: user.user.id })
        const twice = await call("POST", "/admin/technicians", { first_name: "Tim", timezone: "UTC", working_hours: WEEKDAYS, user_id: user.user.id })
        expect([twice.status, twice.data.message]).toEqual([400, expect.stringMatching(/already linked to technician Tom/)])
        expect((await call("GET", "/admin/technicians", undefined, {})).status).toBe(401)
        expect((await call("POST", "/admin/skills", { code: "Not Valid", name: "x" })).status).toBe(400)
      })

      it("records and removes absences", async () => {
        const tech = await technician()
        const created = await call("POST", `/admin/technicians/${tech.id}/absences`, { starts_at: at(MON, "00:00"), ends_at: at("2026-11-25", "00:00"), reason: "vacation" })
        expect(created.data.absence).toEqual(expect.objectContaining({ reason: "vacation", technician_id: tech.id }))
        expect((await call("GET", `/admin/technicians/${tech.id}/absences?from=${at("2026-11-24", "00:00")}&to=${at("2026-11-26", "00:00")}`)).data.absences).toHaveLength(1)
        expect((await call("GET", `/admin/technicians/${tech.id}/absences?from=${at("2026-11-26", "00:00")}&to=${at("2026-11-27", "00:00")}`)).data.absences).toHaveLength(0)
        const reversed = await call("POST", `/admin/technicians/${tech.id}/absences`, { starts_at: at(MON, "12:00"), ends_at: at(MON, "10:00") })
        expect(reversed.status).toBe(400)
        expect((await call("DELETE", `/admin/technicians/${tech.id}/absences/${created.data.absence.id}`)).data.deleted).toBe(true)
        expect((await call("DELETE", `/admin/technicians/${tech.id}/absences/${created.data.absence.id}`)).status).toBe(404)
      })
    })

    describe("assignments", () => {
      it("assigns a technician, emits service_order.assigned and lists the assignment on the order", async () => {
        const tech = await technician()
        const so = await order()
        const emit = jest.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
        const res = await assign(so.id, { technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "11:00"), note: "Bring the ladder" })
        expect(res.status).toBe(200)
        expect(res.data.assignment).toEqual(
          expect.objectContaining({ technician_id: tech.id, status: "planned", overrides: [], note: "Bring the ladder", technician: expect.objectContaining({ first_name: "Tom" }) })
        )
        const events = emit.mock.calls.flatMap(([e]) => (Array.isArray(e) ? e : [e])) as { name: string; data: any }[]
        expect(events.find((e) => e.name === "service_order.assigned")?.data).toEqual(
          expect.objectContaining({ id: so.id, assignment_id: res.data.assignment.id, technician_id: tech.id })
        )
        emit.mockRestore()
        expect((await call("GET", `/admin/service-orders/${so.id}/assignments`)).data.assignments).toHaveLength(1)
      })

      it("lets exactly one of 20 concurrent overlapping assignments win; the others get 409 naming it", async () => {
        const tech = await technician()
        const orders = await Promise.all(Array.from({ length: 20 }, (_, i) => order({ title: `Race ${i}` })))
        const results = await Promise.all(
          orders.map((o, i) => assign(o.id, { technician_id: tech.id, starts_at: at(MON, i % 2 ? "09:00" : "10:00"), ends_at: at(MON, "11:30") }))
        )
        expect(results.filter((r) => r.status === 200)).toHaveLength(1)
        const conflicts = results.filter((r) => r.status === 409)
        expect(results.filter((r) => r.status !== 200 && r.status !== 409).map((r) => [r.status, r.data?.message])).toEqual([])
        expect(conflicts).toHaveLength(19)
        const winner = results.find((r) => r.status === 200)!.data.assignment
        const winnerOrder = orders.find((o) => o.id === winner.service_order_id)
        expect(conflicts[0].data).toEqual({ type: "conflict", message: expect.stringContaining(`Tom Tech already has ${winnerOrder.number}`) })
        expect(await liveAssignments()).toBe(1)
      })

      it("changes an assignment only from the version the caller saw: a stale one gets 409 naming it as it is now", async () => {
        const tech = await technician()
        const so = await order()
        const first = (await assign(so.id, { technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00") })).data.assignment
        const url = `/admin/service-orders/${so.id}/assignments/${first.id}`
        const moved = await call("POST", url, { starts_at: at(MON, "13:00"), ends_at: at(MON, "14:00"), expected_updated_at: first.updated_at })
        expect(moved.status).toBe(200)
        const current = moved.data.assignment
        expect(current.updated_at).not.toBe(first.updated_at)

        // Another dispatcher still looking at the first version.
        const stale = await call("POST", url, { status: "in_progress", expected_updated_at: first.updated_at })
        expect(stale.status).toBe(409)
        expect(stale.data).toEqual({
          type: "conflict",
          message: `Assignment ${first.id} is now planned: Tom Tech on ${so.number} from ${at(MON, "13:00")} to ${at(MON, "14:00")}, last changed ${current.updated_at} (you expected the version of ${first.updated_at}); reload it and try again`,
        })
        expect((await call("GET", `/admin/service-orders/${so.id}/assignments`)).data.assignments).toEqual([
          expect.objectContaining({ status: "planned", starts_at: at(MON, "13:00"), updated_at: current.updated_at }),
        ])

        // Two changes from the same version at once: one applies, the other is told.
        const results = await Promise.all([
          call("POST", url, { status: "in_progress", expected_updated_at: current.updated_at }),
          call("POST", url, { ends_at: at(MON, "15:00"), expected_updated_at: current.updated_at }),
        ])
        expect(results.map((r) => r.status).sort()).toEqual([200, 409])
        expect(results.find((r) => r.status === 409)!.data.message).toMatch(new RegExp(`^Assignment ${first.id} is now `))
        expect((await call("POST", url, { status: "done", expected_updated_at: "not-a-date" })).status).toBe(400)
        expect((await call("POST", url, { expected_updated_at: current.updated_at })).status).toBe(400)
      })

      it("refuses rule breaks unless overridden, and records the overrides", async () => {
        await call("POST", "/admin/skills", { code: "gas", name: "Gas" })
        const task = (await call("POST", "/admin/service-tasks", { code: "GAS-1", name: "Gas boiler service", required_skills: ["gas"], default_duration_minutes: 90 })).data.service_task
        const tech = await technician()
        await call("POST", `/admin/technicians/${tech.id}/absences`, { starts_at: at(MON, "16:00"), ends_at: at(MON, "23:00"), reason: "training" })
        const so = await order({ lines: [{ type: "hour", description: "Service", quantity: 1.5, service_task_id: task.id }] })
        const window = { technician_id: tech.id, starts_at: at(MON, "16:30"), ends_at: at(MON, "18:00") }

        const refused = await assign(so.id, window)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/needs an override: outside_working_hours .*; absence .*training.*; missing_skill \(the technician lacks the required skill\(s\) gas\)/)
        const partly = await assign(so.id, { ...window, override: ["absence"] })
        expect(partly.status).toBe(400)
        expect(partly.data.message).not.toMatch(/absence \(/)
        expect(await liveAssignments()).toBe(0)

        const forced = await assign(so.id, { ...window, override: ["outside_working_hours", "absence", "missing_skill"], override_note: "Customer emergency" })
        expect(forced.status).toBe(200)
        expect(forced.data.assignment).toEqual(
          expect.objectContaining({ overrides: ["outside_working_hours", "absence", "missing_skill"], override_note: "Customer emergency" })
        )
        // An override that was not needed is not recorded.
        const other = await order({ title: "Plain" })
        const plain = await assign(other.id, { technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00"), override: ["missing_skill"] })
        expect(plain.data.assignment.overrides).toEqual([])
      })

      it("moves, resizes and cancels; a cancelled window is free again and touching windows are fine", async () => {
        const tech = await technician()
        const [a, b] = [await order({ title: "A" }), await order({ title: "B" })]
        const first = (await assign(a.id, { technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00") })).data.assignment
        const touching = await assign(b.id, { technician_id: tech.id, starts_at: at(MON, "10:00"), ends_at: at(MON, "11:00") })
        expect(touching.status).toBe(200)
        const second = touching.data.assignment

        const resize = await call("POST", `/admin/service-orders/${a.id}/assignments/${first.id}`, { ends_at: at(MON, "10:30") })
        expect(resize.status).toBe(409)
        expect(resize.data.message).toContain(b.number)
        const moved = await call("POST", `/admin/service-orders/${a.id}/assignments/${first.id}`, { starts_at: at(MON, "13:00"), ends_at: at(MON, "15:00") })
        expect(moved.data.assignment).toEqual(expect.objectContaining({ starts_at: at(MON, "13:00"), ends_at: at(MON, "15:00") }))
        expect((await call("POST", `/admin/service-orders/${a.id}/assignments/${first.id}`, { status: "in_progress" })).data.assignment.status).toBe("in_progress")

        const cancelled = await call("DELETE", `/admin/service-orders/${b.id}/assignments/${second.id}`)
        expect(cancelled.data.assignment.status).toBe("cancelled")
        expect((await call("DELETE", `/admin/service-orders/${b.id}/assignments/${second.id}`)).status).toBe(400)
        const retaken = await assign(a.id, { technician_id: tech.id, starts_at: at(MON, "10:00"), ends_at: at(MON, "11:00") })
        expect(retaken.status).toBe(200)
        expect((await call("POST", `/admin/service-orders/${b.id}/assignments/${second.id}`, { note: "again" })).status).toBe(400)
      })

      it("frees the technician's time when the order is cancelled: visits not yet done are cancelled", async () => {
        const tech = await technician()
        const so = await order()
        const done = (await assign(so.id, { technician_id: tech.id, starts_at: at(MON, "08:00"), ends_at: at(MON, "09:00") })).data.assignment
        await call("POST", `/admin/service-orders/${so.id}/assignments/${done.id}`, { status: "done" })
        await assign(so.id, { technician_id: tech.id, starts_at: at(MON, "10:00"), ends_at: at(MON, "11:00") })
        const moved = await call("POST", `/admin/service-orders/${so.id}/transition`, { to_stage: "cancelled", reason_code: "duplicate" })
        expect(moved.status).toBe(200)
        const statuses = (await call("GET", `/admin/service-orders/${so.id}/assignments`)).data.assignments.map((a: any) => a.status)
        expect(statuses).toEqual(["done", "cancelled"])
        const other = await order({ title: "Next" })
        expect((await assign(other.id, { technician_id: tech.id, starts_at: at(MON, "10:00"), ends_at: at(MON, "11:00") })).status).toBe(200)
      })

      it("answers 400 for bad windows and unknown things, 404 for unknown technicians and orders, and changes nothing", async () => {
        const tech = await technician()
        const so = await order()
        const cases: [Record<string, unknown>, number, RegExp][] = [
          [{ technician_id: tech.id, starts_at: at(MON, "11:00"), ends_at: at(MON, "09:00") }, 400, /ends_at must be after starts_at/],
          [{ technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "09:00") }, 400, /ends_at must be after starts_at/],
          [{ technician_id: tech.id, starts_at: "tomorrow", ends_at: at(MON, "09:00") }, 400, /starts_at/],
          [{ technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00"), override: ["weather"] }, 400, /override/],
          [{ technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00"), service_order_line_id: "sol_other" }, 400, /not an hour line/],
          [{ technician_id: "stech_missing", starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00") }, 404, /Technician with id: stech_missing/],
        ]
        for (const [body, status, message] of cases) {
          const res = await assign(so.id, body)
          expect([res.status, res.data.message]).toEqual([status, expect.stringMatching(message)])
        }
        expect((await assign("sord_missing", { technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00") })).status).toBe(404)
        expect((await call("POST", `/admin/service-orders/${so.id}/assignments`, { technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00") }, {})).status).toBe(401)

        // A stage that does not allow assigning (completed) refuses with the stage rule.
        for (const to_stage of ["scheduled", "in_progress", "completed"]) {
          await call("POST", `/admin/service-orders/${so.id}/transition`, { to_stage })
        }
        const stage = await assign(so.id, { technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00") })
        expect([stage.status, stage.data.message]).toEqual([400, expect.stringMatching(/allow_assign/)])
        expect(await liveAssignments()).toBe(0)
      })
    })

    describe("GET /admin/dispatch-board and /admin/my-work", () => {
      it("returns technicians with working periods, absences and assignments, and the queue by SLA urgency then priority", async () => {
        const team = (await call("POST", "/admin/dispatch-teams", { name: "South" })).data.dispatch_team
        const tech = await technician({ team_id: team.id, timezone: "Europe/Amsterdam" })
        await technician({ first_name: "Other" })
        const absence = (await call("POST", `/admin/technicians/${tech.id}/absences`, { starts_at: at("2026-11-24", "00:00"), ends_at: at("2026-11-25", "00:00") })).data
        const assigned = await order({ title: "Assigned", priority: "low" })
        const block = (await assign(assigned.id, { technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00") })).data.assignment
        const low = await order({ title: "Low", priority: "low" })
        const urgent = await order({ title: "Urgent", priority: "urgent" })
        const dueSoon = await order({ title: "Due soon", priority: "low" })
        await service().updateServiceOrders({ id: dueSoon.id, response_due_at: new Date(at(MON, "12:00")) })

        const res = await call("GET", `/admin/dispatch-board?from=${at(MON, "00:00")}&to=${at("2026-11-28", "00:00")}&team_id=${team.id}`)
        expect(res.status).toBe(200)
        expect(res.data.technicians).toHaveLength(1)
        const [row] = res.data.technicians
        expect(row.working_periods).toHaveLength(5)
        // 08:00 Amsterdam in November is 07:00 UTC.
        expect(row.working_periods[0]).toEqual({ starts_at: at(MON, "07:00"), ends_at: at(MON, "16:00") })
        expect(row.absences).toHaveLength(1)
        expect(row.assignments).toEqual([expect.objectContaining({ service_order_id: assigned.id })])
        // Times as the records' own routes print them; updated_at is the version a move sends back.
        const times = (o: any, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]))
        expect(times(row.assignments[0], ["starts_at", "ends_at", "updated_at"])).toEqual(times(block, ["starts_at", "ends_at", "updated_at"]))
        expect(times(row.absences[0], ["starts_at", "ends_at"])).toEqual(times(absence.absence, ["starts_at", "ends_at"]))
        expect(res.data.queue.find((o: any) => o.id === low.id).created_at).toBe(low.created_at)
        expect(res.data.service_orders[dueSoon.id].response_due_at).toBe(new Date(at(MON, "12:00")).toISOString())
        expect(res.data.queue.map((o: any) => o.id)).toEqual([dueSoon.id, urgent.id, low.id])
        expect(res.data.queue[0]).toEqual(expect.objectContaining({ required_skills: [] }))
        // Each order, customer and stage once, for the blocks and the queue alike.
        expect(Object.keys(res.data.service_orders).sort()).toEqual([assigned.id, low.id, urgent.id, dueSoon.id].sort())
        const ref = res.data.service_orders[assigned.id]
        expect(ref).toEqual(expect.objectContaining({ number: assigned.number, stage_code: "requested", priority: "low" }))
        expect(res.data.customers[ref.customer_id]).toEqual({ name: "Jane Doe" })
        expect(res.data.stages.requested).toEqual({ name: expect.any(String) })
      })

      it("uses the same number of queries for 2 technicians and 3 orders as for 12 technicians and 40 orders", async () => {
        const countQueries = async () => {
          const { n, answer: res } = await queriesOf(getContainer(), () => call("GET", `/admin/dispatch-board?from=${at(MON, "00:00")}&to=${at("2026-11-30", "00:00")}`))
          expect(res.status).toBe(200)
          return { n, technicians: res.data.technicians.length, queue: res.data.queue.length }
        }
        const seed = async (technicians: number, orders: number) => {
          for (let i = 0; i < technicians; i++) {
            const tech = await technician({ first_name: `Tech ${i}` })
            const so = await order({ title: `Assigned ${i}` })
            await assign(so.id, { technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00") })
          }
          for (let i = 0; i < orders; i++) {
            await order({ title: `Queued ${i}` })
          }
        }
        await seed(2, 3)
        const small = await countQueries()
        await seed(10, 37)
        const large = await countQueries()
        expect([small.technicians, large.technicians, large.queue]).toEqual([2, 12, 40])
        expect(small.n).toBeGreaterThan(0)
        expect(large.n).toBe(small.n)
      })

      it("pages the technicians (rows) with limit and offset, counting all in scope", async () => {
        const techs = [await technician({ first_name: "Ann" }), await technician({ first_name: "Bob" }), await technician({ first_name: "Cy" })]
        const so = await order()
        await assign(so.id, { technician_id: techs[2].id, starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00") })
        const window = `from=${at(MON, "00:00")}&to=${at("2026-11-28", "00:00")}`
        const page = async (q: string) => (await call("GET", `/admin/dispatch-board?${window}&${q}`)).data
        const first = await page("limit=2")
        expect([first.count, first.offset, first.limit, first.technicians.map((t: any) => t.first_name)]).toEqual([3, 0, 2, ["Ann", "Bob"]])
        // The first page shows no block of a technician on another page, nor that block's order.
        expect(first.technicians.flatMap((t: any) => t.assignments)).toEqual([])
        expect(first.service_orders[so.id]).toBeUndefined()
        const second = await page("limit=2&offset=2")
        expect([second.count, second.technicians.map((t: any) => t.first_name)]).toEqual([3, ["Cy"]])
        expect(second.technicians[0].assignments).toEqual([expect.objectContaining({ service_order_id: so.id })])
        // Past the last page: no technicians, still the count.
        expect(await page("limit=2&offset=10")).toEqual(expect.objectContaining({ count: 3, technicians: [] }))
        // Without paging the admin's screen of 25.
        expect((await page("queue_limit=0")).limit).toBe(25)
        for (const q of ["limit=0", "limit=201", "offset=-1", "limit=x"]) {
          expect((await call("GET", `/admin/dispatch-board?${window}&${q}`)).status).toBe(400)
        }
      })

      it("answers 400 for bad windows", async () => {
        for (const q of [`from=${at(MON, "10:00")}&to=${at(MON, "09:00")}`, `from=${at(MON, "00:00")}&to=2027-03-01T00:00:00Z`, "from=x&to=y", `from=${at(MON, "00:00")}`]) {
          expect((await call("GET", `/admin/dispatch-board?${q}`)).status).toBe(400)
        }
        expect((await call("GET", `/admin/dispatch-board?from=${at(MON, "00:00")}&to=${at(MON, "23:00")}`, undefined, {})).status).toBe(401)
      })

      it("shows a technician's own work on /admin/my-work, and a clear 404 to a user who is no technician", async () => {
        const user = await createAdmin(getContainer(), "tom@test.dev")
        const tech = await technician({ user_id: user.user.id })
        const so = await order()
        await assign(so.id, { technician_id: tech.id, starts_at: at(MON, "09:00"), ends_at: at(MON, "10:00") })
        const mine = await call("GET", `/admin/my-work?from=${at(MON, "00:00")}&to=${at(MON, "23:59")}`, undefined, user.headers)
        expect(mine.status).toBe(200)
        expect(mine.data.technician).toEqual(expect.objectContaining({ id: tech.id, first_name: "Tom" }))
        expect(mine.data.assignments).toEqual([expect.objectContaining({ service_order_id: so.id })])
        expect(mine.data.service_orders[so.id]).toEqual(expect.objectContaining({ number: so.number }))
        const none = await call("GET", `/admin/my-work?from=${at(MON, "00:00")}&to=${at(MON, "23:59")}`)
        expect([none.status, none.data.message]).toEqual([404, expect.stringMatching(/not linked to a technician/)])
      })
    })
  },
})
