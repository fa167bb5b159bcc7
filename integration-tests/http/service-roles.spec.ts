import { MedusaError, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE, ServiceManagementModuleService } from "../../src/modules/service-management"
import { DEFAULT_CORE_ROUTE_ALLOWLIST } from "../../src/api/core-routes"
import { ROLE_PERMISSIONS, ROUTE_PERMISSIONS } from "../../src/api/permissions"
import { setServiceRoleWorkflow } from "../../src/workflows"
import { createAdmin } from "../helpers/auth"
import { caller, Headers } from "../helpers/http"

jest.setTimeout(180000)

// A host app's hook that refuses on demand, to prove the role change is compensated.
let refuseRoleChanges = false
setServiceRoleWorkflow.hooks.serviceRoleChanged(async () => {
  if (refuseRoleChanges) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Host app refused the role change")
  }
})

const WEEKDAYS = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), [{ start: "00:00", end: "24:00" }]]))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const call = caller(api)

    /** The cast of the matrix: one admin per role, technicians A and B each with one assigned order. */
    async function setup() {
      const container = getContainer()
      await service().ensureDefaultStages()
      const manager = await createAdmin(container, "manager@test.dev")
      const dispatcher = await createAdmin(container, "dispatcher@test.dev")
      const techA = await createAdmin(container, "tech-a@test.dev")
      const techB = await createAdmin(container, "tech-b@test.dev")
      const plain = await createAdmin(container, "plain@test.dev")
      for (const [user, role] of [
        [manager, "service_manager"],
        [dispatcher, "dispatcher"],
        [techA, "technician"],
        [techB, "consultant"],
      ] as const) {
        const { status } = await call("POST", `/admin/service-roles/${user.user.id}`, manager.headers, { role })
        expect(status).toBe(200)
      }
      const [technicianA, technicianB] = await service().createServiceTechnicians([
        { first_name: "Anna", user_id: techA.user.id, timezone: "UTC", working_hours: WEEKDAYS },
        { first_name: "Ben", user_id: techB.user.id, timezone: "UTC", working_hours: WEEKDAYS },
      ])
      const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "c@example.com" })
      const newOrder = async (title: string) =>
        (await call("POST", "/admin/service-orders", manager.headers, { customer_id: customer.id, title })).data.service_order
      const orderA = await newOrder("Order of A")
      const orderB = await newOrder("Order of B")
      const unassigned = await newOrder("Nobody's order")
      const starts = new Date("2026-11-24T09:00:00Z")
      const ends = new Date("2026-11-24T11:00:00Z")
      const [assignmentA] = await service().createServiceAssignments([
        { service_order_id: orderA.id, technician_id: technicianA.id, starts_at: starts, ends_at: ends },
        { service_order_id: orderB.id, technician_id: technicianB.id, starts_at: starts, ends_at: ends },
      ])
      return { manager, dispatcher, techA, techB, plain, technicianA, technicianB, orderA, orderB, unassigned, assignmentA, customer }
    }

    it("matrix: every plugin admin route × every role is allowed or refused (403) as the permission table says", async () => {
      const s = await setup()
      const actors = {
        service_manager: { headers: s.manager.headers, role: "service_manager" },
        dispatcher: { headers: s.dispatcher.headers, role: "dispatcher" },
        technician_a: { headers: s.techA.headers, role: "technician" },
        technician_b: { headers: s.techB.headers, role: "consultant" },
        no_role: { headers: s.plain.headers, role: "service_manager" },
      } as const
      // Concrete URLs: order routes name technician A's order, so technician B must get 404 where allowed.
      const url = (matcher: string) =>
        matcher
          .replace(/\*$/, "")
          .replace(/^\/admin\/service-orders\/:id/, `/admin/service-orders/${s.orderA.id}`)
          .replace(/:[a-z_]+/g, "missing_id")
      const cases = Object.entries(actors).flatMap(([name, actor]) =>
        ROUTE_PERMISSIONS.map((entry) => ({ name, actor, entry, url: url(entry.matcher) }))
      )
      const failures: string[] = []
      for (let i = 0; i < cases.length; i += 25) {
        await Promise.all(
          cases.slice(i, i + 25).map(async ({ name, actor, entry, url }) => {
            const { status, data } = await call(entry.method, url, actor.headers, entry.method === "POST" ? {} : undefined)
            const allowed = entry.permission === null || ROLE_PERMISSIONS[actor.role].includes(entry.permission)
            const label = `${name}: ${entry.method} ${entry.matcher} → ${status}`
            if (!allowed) {
              if (status !== 403 || !String(data?.message).includes(actor.role.replace("_", " "))) {
                failures.push(`${label}, expected 403 naming the role (${data?.message})`)
              }
            } else if (status === 403 || status === 401) {
              failures.push(`${label}, expected allowed (${data?.message})`)
            } else if (name === "technician_b" && url.startsWith(`/admin/service-orders/${s.orderA.id}`) && status !== 404) {
              failures.push(`${label}, expected 404 for another technician's order`)
            }
          })
        )
      }
      expect(failures).toEqual([])
    })

    it("technicians see only the orders assigned to them, in lists and details (404 like a missing order)", async () => {
      const s = await setup()
      const listed = async (headers: Headers, query = "") =>
        (await call("GET", `/admin/service-orders${query}`, headers)).data
      const a = await listed(s.techA.headers)
      expect(a.service_orders.map((o: any) => o.id)).toEqual([s.orderA.id])
      expect(a.count).toBe(1)
      expect((await listed(s.techB.headers)).service_orders.map((o: any) => o.id)).toEqual([s.orderB.id])
      // Filters cannot widen the scope.
      expect((await listed(s.techA.headers, `?id=${s.orderB.id}`)).service_orders).toEqual([])
      expect((await listed(s.dispatcher.headers)).count).toBe(3)

      const foreign = await call("GET", `/admin/service-orders/${s.orderB.id}`, s.techA.headers)
      const missing = await call("GET", "/admin/service-orders/sord_missing", s.techA.headers)
      expect(foreign.status).toBe(404)
      expect(missing.status).toBe(404)
      expect(foreign.data.message).toBe(`Service order with id: ${s.orderB.id} was not found`)
      expect(missing.data.message).toBe("Service order with id: sord_missing was not found")
      expect((await call("GET", `/admin/service-orders/${s.orderA.id}`, s.techA.headers)).status).toBe(200)

      // Child routes too, and a refused write changes nothing.
      const line = { lines: [{ type: "hour", description: "Labour", quantity: 1, unit_price: 80, unit_cost: 30 }] }
      expect((await call("POST", `/admin/service-orders/${s.orderB.id}/lines`, s.techA.headers, line)).status).toBe(404)
      expect(await service().listServiceOrderLines({ service_order_id: s.orderB.id })).toHaveLength(0)
      expect((await call("GET", `/admin/service-orders/${s.orderB.id}/sla`, s.techA.headers)).status).toBe(404)
      expect((await call("GET", `/admin/service-orders/${s.orderB.id}/repair-lines`, s.techA.headers)).status).toBe(404)
      expect(
        (await call("POST", `/admin/service-orders/${s.orderB.id}/transition`, s.techA.headers, { to_stage: "scheduled" })).status
      ).toBe(404)

      // On their own order they record hours and move stages the rules allow, but cannot edit the header or post.
      const added = await call("POST", `/admin/service-orders/${s.orderA.id}/lines`, s.techA.headers, line)
      expect(added.status).toBe(200)
      expect(added.data.service_order.lines).toHaveLength(1)
      const moved = await call("POST", `/admin/service-orders/${s.orderA.id}/transition`, s.techA.headers, { to_stage: "scheduled" })
      expect(moved.status).toBe(200)
      expect(moved.data.service_order.stage.code).toBe("scheduled")
      const skip = await call("POST", `/admin/service-orders/${s.orderA.id}/transition`, s.techA.headers, { to_stage: "closed" })
      expect(skip.status).toBe(400)
      const edit = await call("POST", `/admin/service-orders/${s.orderA.id}`, s.techA.headers, { title: "Mine now" })
      expect(edit.status).toBe(403)
      expect(edit.data.message).toBe("The service role technician may not create or edit service orders (service_orders.write)")

      // `fields` cannot follow relations to other orders; the order's own relations are fine.
      const own = await call("GET", `/admin/service-orders/${s.orderA.id}?fields=id,*lines,assignments.id`, s.techA.headers)
      expect(own.status).toBe(200)
      for (const url of [
        `/admin/service-orders/${s.orderA.id}?fields=id,service_object.service_orders.*`,
        `/admin/service-orders?fields=id,*customer.service_orders`,
        "/admin/service-stages?fields=id,service_orders.*",
        "/admin/repair-codes?fields=id,symptom_lines.*",
      ]) {
        const leak = await call("GET", url, s.techA.headers)
        expect(leak.status).toBe(400)
        expect(leak.data.message).toMatch(/^The service role technician may not request fields that reach other service orders: /)
      }
      expect((await call("GET", "/admin/repair-codes?fields=id,symptom_lines.id", s.dispatcher.headers)).status).not.toBe(400)

      // A cancelled assignment takes the order out of the technician's scope.
      await service().updateServiceAssignments([{ id: s.assignmentA.id, status: "cancelled" }])
      expect((await listed(s.techA.headers)).count).toBe(0)
      expect((await call("GET", `/admin/service-orders/${s.orderA.id}`, s.techA.headers)).status).toBe(404)
    })

    it("a technician-role user with no technician sees no orders", async () => {
      const s = await setup()
      const lonely = await createAdmin(getContainer(), "lonely@test.dev")
      await call("POST", `/admin/service-roles/${lonely.user.id}`, s.manager.headers, { role: "technician" })
      const { status, data } = await call("GET", "/admin/service-orders", lonely.headers)
      expect(status).toBe(200)
      expect(data).toEqual(expect.objectContaining({ service_orders: [], count: 0 }))
      expect((await call("GET", `/admin/service-orders/${s.unassigned.id}`, lonely.headers)).status).toBe(404)
    })

    it("resolves the caller's role with one query per request", async () => {
      const s = await setup()
      const spy = jest.spyOn(service(), "resolveUserServiceRole")
      const { data } = await call("GET", "/admin/service-roles/me", s.techA.headers)
      expect(spy).toHaveBeenCalledTimes(1)
      spy.mockRestore()
      expect(data).toEqual({
        user_id: s.techA.user.id,
        role: "technician",
        is_assigned: true,
        permissions: [...ROLE_PERMISSIONS.technician],
        technician_id: s.technicianA.id,
        core_routes: { restricted: true, allow: [...DEFAULT_CORE_ROUTE_ALLOWLIST.technician] },
      })
    })

    describe("/admin/service-roles", () => {
      it("lists admin users with their effective role and technician, searchable and paged", async () => {
        const s = await setup()
        const { status, data } = await call("GET", "/admin/service-roles?limit=10", s.manager.headers)
        expect(status).toBe(200)
        expect(data).toEqual(expect.objectContaining({ count: 5, offset: 0, limit: 10, default_role: "service_manager" }))
        const byEmail = Object.fromEntries(data.service_roles.map((r: any) => [r.user.email, r]))
        expect(byEmail["plain@test.dev"]).toEqual(
          expect.objectContaining({ user_id: s.plain.user.id, role: "service_manager", is_assigned: false, technician: null })
        )
        expect(byEmail["tech-a@test.dev"]).toEqual(
          expect.objectContaining({ role: "technician", is_assigned: true, technician: { id: s.technicianA.id, first_name: "Anna", last_name: null } })
        )
        expect(byEmail["dispatcher@test.dev"].role).toBe("dispatcher")

        const found = (await call("GET", "/admin/service-roles?q=tech-b", s.manager.headers)).data
        expect(found.service_roles.map((r: any) => r.user.email)).toEqual(["tech-b@test.dev"])
        const page = (await call("GET", "/admin/service-roles?limit=2&offset=2", s.manager.headers)).data
        expect(page.service_roles).toHaveLength(2)
        expect(page.count).toBe(5)
        expect((await call("GET", "/admin/service-roles?limit=abc", s.manager.headers)).status).toBe(400)
        expect((await call("GET", "/admin/service-roles?foo=1", s.manager.headers)).status).toBe(400)
      })

      it("sets and removes a role, emitting service_role.changed; bad input changes nothing", async () => {
        const s = await setup()
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const spy = jest.spyOn(eventBus, "emit")
        const set = await call("POST", `/admin/service-roles/${s.plain.user.id}`, s.manager.headers, { role: "dispatcher" })
        expect(set.status).toBe(200)
        expect(set.data.service_role).toEqual(expect.objectContaining({ user_id: s.plain.user.id, role: "dispatcher", is_assigned: true }))
        const events = spy.mock.calls.flatMap(([e]) => (Array.isArray(e) ? e : [e])) as any[]
        expect(events.find((e) => e.name === "service_role.changed")?.data).toEqual({
          id: s.plain.user.id,
          user_id: s.plain.user.id,
          role: "dispatcher",
          previous_role: null,
        })
        spy.mockRestore()
        expect((await call("POST", "/admin/service-agreements", s.plain.headers, {})).status).toBe(403)

        // Changing again updates the one row (unique among live rows).
        await call("POST", `/admin/service-roles/${s.plain.user.id}`, s.manager.headers, { role: "consultant" })
        expect(await service().listServiceRoles({ user_id: s.plain.user.id })).toEqual([expect.objectContaining({ role: "consultant" })])

        for (const [body, message] of [
          [{ role: "boss" }, /service_manager, dispatcher, technician, consultant.*role.*boss/],
          [{}, /role/],
          [{ role: "dispatcher", extra: 1 }, /extra/],
        ] as const) {
          const bad = await call("POST", `/admin/service-roles/${s.plain.user.id}`, s.manager.headers, body)
          expect(bad.status).toBe(400)
          expect(bad.data.message).toMatch(message)
        }
        const unknown = await call("POST", "/admin/service-roles/user_missing", s.manager.headers, { role: "dispatcher" })
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toBe("User with id: user_missing was not found")
        expect((await call("DELETE", "/admin/service-roles/user_missing", s.manager.headers)).status).toBe(404)
        expect(await service().listServiceRoles({ user_id: "user_missing" })).toHaveLength(0)

        const removed = await call("DELETE", `/admin/service-roles/${s.plain.user.id}`, s.manager.headers)
        expect(removed.status).toBe(200)
        expect(removed.data.service_role).toEqual(expect.objectContaining({ role: "service_manager", is_assigned: false }))
        expect(await service().listServiceRoles({ user_id: s.plain.user.id })).toHaveLength(0)
        expect((await call("GET", "/admin/service-roles/me", s.plain.headers)).data.role).toBe("service_manager")
      })

      it("concurrent role changes for one user leave exactly one live role row, and no 500", async () => {
        const s = await setup()
        const roles = ["dispatcher", "technician", "consultant", "dispatcher", "service_manager", "technician"]
        const results = await Promise.all(
          roles.map((role) => call("POST", `/admin/service-roles/${s.plain.user.id}`, s.manager.headers, { role }))
        )
        expect(results.map((r) => r.status).filter((st) => st !== 200 && !(st >= 400 && st < 500))).toEqual([])
        expect(results.some((r) => r.status === 200)).toBe(true)
        const rows = await service().listServiceRoles({ user_id: s.plain.user.id })
        expect(rows).toHaveLength(1)
        expect((await call("GET", "/admin/service-roles/me", s.plain.headers)).data.role).toBe(rows[0].role)
      })

      it("refuses taking the manager role from yourself, and non-managers cannot change roles", async () => {
        const s = await setup()
        const self = await call("POST", `/admin/service-roles/${s.manager.user.id}`, s.manager.headers, { role: "dispatcher" })
        expect(self.status).toBe(400)
        expect(self.data.message).toMatch(/cannot take the service manager role from yourself/)
        expect((await call("POST", `/admin/service-roles/${s.manager.user.id}`, s.manager.headers, { role: "service_manager" })).status).toBe(200)
        const byDispatcher = await call("POST", `/admin/service-roles/${s.dispatcher.user.id}`, s.dispatcher.headers, { role: "service_manager" })
        expect(byDispatcher.status).toBe(403)
        expect(byDispatcher.data.message).toBe("The service role dispatcher may not manage service roles (service_roles.manage)")
        expect((await call("GET", "/admin/service-roles/me", s.dispatcher.headers)).data.role).toBe("dispatcher")
      })

      it("restores the previous role when a hook after the change fails", async () => {
        const s = await setup()
        refuseRoleChanges = true
        try {
          const { status, data } = await call("POST", `/admin/service-roles/${s.dispatcher.user.id}`, s.manager.headers, { role: "technician" })
          expect(status).toBe(400)
          expect(data.message).toBe("Host app refused the role change")
          const created = await call("POST", `/admin/service-roles/${s.plain.user.id}`, s.manager.headers, { role: "technician" })
          expect(created.status).toBe(400)
        } finally {
          refuseRoleChanges = false
        }
        expect(await service().listServiceRoles({ user_id: s.dispatcher.user.id })).toEqual([expect.objectContaining({ role: "dispatcher" })])
        expect(await service().listServiceRoles({ user_id: s.plain.user.id })).toHaveLength(0)
      })
    })
  },
})
