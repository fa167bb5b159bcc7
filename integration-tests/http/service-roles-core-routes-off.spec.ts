import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminWithRole } from "../helpers/auth"
import { caller } from "../helpers/http"

jest.setTimeout(180000)

// The app under test reads this in medusa-config.ts: roles.core_routes.restrict = false.
process.env.SERVICE_ROLES_CORE_ROUTES = JSON.stringify({ restrict: false })
afterAll(() => {
  delete process.env.SERVICE_ROLES_CORE_ROUTES
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = caller(api)

    it("with restrict: false Medusa's admin routes stay open to every role; the plugin's routes still follow the table", async () => {
      const technician = await createAdminWithRole(getContainer(), "technician@test.dev", "technician")
      expect((await call("GET", "/admin/orders", technician.headers)).status).toBe(200)
      expect((await call("GET", "/admin/api-keys", technician.headers)).status).toBe(200)
      expect((await call("POST", "/admin/payments/pay_missing/refund", technician.headers, {})).status).not.toBe(403)
      const agreements = await call("GET", "/admin/service-agreements", technician.headers)
      expect(agreements.status).toBe(403)
      expect(agreements.data.message).toMatch(/technician may not read service agreements/)
      const me = (await call("GET", "/admin/service-roles/me", technician.headers)).data
      expect(me.core_routes).toEqual({ restricted: false, allow: [] })
    })
  },
})
