import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE, ServiceManagementModuleService } from "../../src/modules/service-management"
import { ROUTE_PERMISSIONS } from "../../src/api/permissions"
import { createAdmin } from "../helpers/auth"
import { caller } from "../helpers/http"

jest.setTimeout(180000)

// The app under test reads this in medusa-config.ts: plugin option roles.default = "none".
process.env.SERVICE_ROLES_DEFAULT = "none"
afterAll(() => {
  delete process.env.SERVICE_ROLES_DEFAULT
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = caller(api)

    it("under roles.default=none an admin without a role gets 403 on every service route but /me", async () => {
      const container = getContainer()
      expect(container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).getOptions().roles.default).toBe("none")
      const { headers, user } = await createAdmin(container, "nobody@test.dev")
      const failures: string[] = []
      const routes = ROUTE_PERMISSIONS.filter((e) => e.permission !== null)
      for (let i = 0; i < routes.length; i += 25) {
        await Promise.all(
          routes.slice(i, i + 25).map(async (entry) => {
            const url = entry.matcher.replace(/\*$/, "").replace(/:[a-z_]+/g, "missing_id")
            const { status, data } = await call(entry.method, url, headers, entry.method === "POST" ? {} : undefined)
            if (status !== 403 || !/no service role/.test(data?.message)) {
              failures.push(`${entry.method} ${entry.matcher} → ${status} ${data?.message}`)
            }
          })
        )
      }
      expect(failures).toEqual([])
      const me = await call("GET", "/admin/service-roles/me", headers)
      expect(me.status).toBe(200)
      expect(me.data).toEqual({
        user_id: user.id,
        role: "none",
        is_assigned: false,
        permissions: [],
        technician_id: null,
        core_routes: { restricted: false, allow: [] },
      })
    })

    it("a user given a role works normally", async () => {
      const container = getContainer()
      const { headers, user } = await createAdmin(container, "dispatch@test.dev")
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).createServiceRoles({ user_id: user.id, role: "dispatcher" })
      expect((await call("GET", "/admin/service-orders", headers)).status).toBe(200)
      expect((await call("GET", "/admin/service-agreements", headers)).status).toBe(403)
    })
  },
})
