import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createPublishableKey } from "../helpers/auth"
import { discoverRoutes } from "../helpers/routes"

jest.setTimeout(120000)

// Routes that may answer without a logged-in user or customer. Adding one here is a decision.
const PUBLIC_ROUTES: string[] = []

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const routes = discoverRoutes()

    it("finds the plugin's routes", () => {
      expect(routes.length).toBeGreaterThan(20)
      const names = routes.map((r) => `${r.method} ${r.path}`)
      expect(names).toContain("POST /admin/service-orders/x_id/transition")
      expect(names).toContain("POST /store/service-requests")
      expect(names).toContain("POST /store/service-orders/x_id/cancel")
    })

    it("answers 401 to anonymous callers on every non-public route", async () => {
      const key = await createPublishableKey(getContainer())
      const failures: string[] = []
      for (const route of routes) {
        const name = `${route.method} ${route.path}`
        if (PUBLIC_ROUTES.includes(name)) {
          continue
        }
        const headers = route.path.startsWith("/store") ? { "x-publishable-api-key": key } : {}
        const status = await api
          .request({ method: route.method, url: route.path, headers, data: route.method === "POST" ? {} : undefined })
          .then((r) => r.status, (e) => e.response?.status)
        if (status !== 401) {
          failures.push(`${name} answered ${status}`)
        }
      }
      expect(failures).toEqual([])
    })
  },
})
