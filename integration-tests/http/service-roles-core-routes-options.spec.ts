import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminWithRole } from "../helpers/auth"
import { caller } from "../helpers/http"

jest.setTimeout(180000)

// The app under test reads these in medusa-config.ts: users without a role are technicians, and
// technicians may also read customers (an entry that extends their default allowlist).
process.env.SERVICE_ROLES_DEFAULT = "technician"
process.env.SERVICE_ROLES_CORE_ROUTES = JSON.stringify({ allow: { technician: ["GET /admin/customers*"] } })
afterAll(() => {
  delete process.env.SERVICE_ROLES_DEFAULT
  delete process.env.SERVICE_ROLES_CORE_ROUTES
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = caller(api)

    it("a technician by roles.default is restricted too; an allow entry from the options opens a route for that role only", async () => {
      const container = getContainer()
      const byDefault = await createAdminWithRole(container, "default-tech@test.dev", null)
      const consultant = await createAdminWithRole(container, "consultant@test.dev", "consultant")
      const manager = await createAdminWithRole(container, "manager@test.dev", "service_manager")

      const orders = await call("GET", "/admin/orders", byDefault.headers)
      expect(orders.status).toBe(403)
      expect(orders.data.message).toBe("The service role technician may not use Medusa's admin route GET /admin/orders")
      expect((await call("GET", "/admin/customers", byDefault.headers)).status).toBe(200)
      expect((await call("GET", "/admin/customers/cus_missing", byDefault.headers)).status).toBe(404)
      expect((await call("GET", "/admin/users/me", byDefault.headers)).status).toBe(200)

      const refused = await call("GET", "/admin/customers", consultant.headers)
      expect(refused.status).toBe(403)
      expect(refused.data.message).toBe("The service role consultant may not use Medusa's admin route GET /admin/customers")
      expect((await call("GET", "/admin/orders", manager.headers)).status).toBe(200)

      const me = (await call("GET", "/admin/service-roles/me", byDefault.headers)).data
      expect({ role: me.role, is_assigned: me.is_assigned }).toEqual({ role: "technician", is_assigned: false })
      expect(me.core_routes.allow).toContain("GET /admin/customers*")
    })
  },
})
