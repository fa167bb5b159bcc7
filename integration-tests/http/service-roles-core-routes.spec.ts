import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminWithRole } from "../helpers/auth"
import { caller } from "../helpers/http"

jest.setTimeout(180000)

const RESTRICTED = ["dispatcher", "technician", "consultant"] as const
const FIELD = ["technician", "consultant"] as const

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = caller(api)

    /** One admin per role; the last has no role, so the default option (service manager) applies. */
    async function setup() {
      const container = getContainer()
      const actors = {
        service_manager: await createAdminWithRole(container, "manager@test.dev", "service_manager"),
        dispatcher: await createAdminWithRole(container, "dispatcher@test.dev", "dispatcher"),
        technician: await createAdminWithRole(container, "technician@test.dev", "technician"),
        consultant: await createAdminWithRole(container, "consultant@test.dev", "consultant"),
        no_role: await createAdminWithRole(container, "plain@test.dev", null),
      }
      const [store] = await container.resolve(Modules.STORE).listStores()
      return { actors, store }
    }

    it("matrix: Medusa's admin routes × every role — 403 naming the role exactly where the role's allowlist does not reach", async () => {
      const { actors, store } = await setup()
      // [method, url, roles refused]; the ids need not exist: a refusal comes before Medusa's handler.
      const routes: [string, string, readonly string[]][] = [
        ["GET", "/admin/orders", FIELD],
        ["GET", "/admin/orders/order_missing", FIELD],
        ["POST", "/admin/payments/pay_missing/refund", RESTRICTED],
        ["GET", "/admin/products", FIELD],
        ["POST", "/admin/products", RESTRICTED],
        ["GET", "/admin/users", RESTRICTED],
        ["POST", `/admin/users/${actors.no_role.user.id}`, RESTRICTED],
        ["GET", "/admin/api-keys", RESTRICTED],
        ["POST", "/admin/api-keys", RESTRICTED],
        ["GET", "/admin/stores", []],
        ["POST", `/admin/stores/${store.id}`, RESTRICTED],
        ["GET", "/admin/customers", FIELD],
        ["GET", "/admin/users/me", []],
        ["GET", "/admin/product-variants", []],
      ]
      const failures: string[] = []
      for (const [name, actor] of Object.entries(actors)) {
        for (const [method, url, refusedTo] of routes) {
          const { status, data } = await call(method, url, actor.headers, method === "POST" ? {} : undefined)
          const label = `${name}: ${method} ${url} → ${status} (${data?.message})`
          if (refusedTo.includes(name)) {
            const expected = `The service role ${name} may not use Medusa's admin route ${method} ${url}`
            if (status !== 403 || data?.message !== expected) {
              failures.push(`${label}, expected 403 "${expected}"`)
            }
          } else if (status === 403 || status === 401 || status >= 500) {
            failures.push(`${label}, expected the route to answer`)
          }
        }
      }
      expect(failures).toEqual([])
    })

    it("a refused write changes nothing, whatever the path's case or a trailing slash", async () => {
      const { actors } = await setup()
      const users = getContainer().resolve(Modules.USER)
      for (const url of [`/admin/users/${actors.no_role.user.id}`, `/admin/Users/${actors.no_role.user.id}/`]) {
        const { status } = await call("POST", url, actors.technician.headers, { first_name: "Mallory" })
        expect(status).toBe(403)
      }
      expect((await users.retrieveUser(actors.no_role.user.id)).first_name).toBe("Ada")
      const { status } = await call("GET", "/admin/ORDERS", actors.consultant.headers)
      expect(status).toBe(403)
    })

    it("the plugin's own routes still follow the permission table", async () => {
      const { actors } = await setup()
      expect((await call("GET", "/admin/service-orders", actors.technician.headers)).status).toBe(200)
      const agreements = await call("GET", "/admin/service-agreements", actors.technician.headers)
      expect(agreements.status).toBe(403)
      expect(agreements.data.message).toBe("The service role technician may not read service agreements (agreements.read)")
      expect((await call("GET", "/admin/service-agreements", actors.dispatcher.headers)).status).toBe(403)
      expect((await call("GET", "/admin/dispatch-board?from=2026-01-05T00:00:00Z&to=2026-01-06T00:00:00Z", actors.dispatcher.headers)).status).toBe(200)
    })

    it("every user reads their own user; /me tells the admin which Medusa routes are open", async () => {
      const { actors } = await setup()
      for (const [name, actor] of Object.entries(actors)) {
        const me = await call("GET", "/admin/users/me", actor.headers)
        expect({ name, status: me.status, id: me.data.user?.id }).toEqual({ name, status: 200, id: actor.user.id })
      }
      const tech = (await call("GET", "/admin/service-roles/me", actors.technician.headers)).data
      expect(tech.core_routes.restricted).toBe(true)
      expect(tech.core_routes.allow).toEqual(expect.arrayContaining(["GET /admin/users/me", "GET /admin/product-variants"]))
      expect(tech.core_routes.allow).not.toContain("GET /admin/orders*")
      const manager = (await call("GET", "/admin/service-roles/me", actors.no_role.headers)).data
      expect(manager.core_routes).toEqual({ restricted: false, allow: [] })
    })
  },
})
