import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createPublishableKey } from "../helpers/auth"
import { discoverRoutes, toMatcher } from "../helpers/routes"
import { fuzzPlan } from "../fuzz/plan"
import { findRoutePermission, ROUTE_PERMISSIONS } from "../../src/api/permissions"

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

    it("fuzzes every route, with real path parameters for each (integration-tests/fuzz/fixtures.ts)", () => {
      const { targets, uncovered } = fuzzPlan()
      expect(uncovered).toEqual([])
      expect(targets.map((t) => `${t.method} ${t.path}`).sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort())
    })

    it("gives every admin route a permission entry of its own, and every entry a route", () => {
      const admin = routes.filter((r) => r.path.startsWith("/admin/"))
      const unguarded = admin
        .map((r) => ({ method: r.method, matcher: toMatcher(r.path) }))
        .filter(({ method, matcher }) => {
          const entry = findRoutePermission(method, matcher)
          return !entry || (!entry.matcher.endsWith("*") && entry.matcher !== matcher)
        })
        .map(({ method, matcher }) => `${method} ${matcher}`)
      expect(unguarded).toEqual([])
      const routeless = ROUTE_PERMISSIONS.filter((entry) => {
        const prefix = entry.matcher.endsWith("*") ? entry.matcher.slice(0, -1) : null
        return !admin.some(
          (r) => r.method === entry.method && (prefix ? toMatcher(r.path).startsWith(prefix) : toMatcher(r.path) === entry.matcher)
        )
      }).map((e) => `${e.method} ${e.matcher}`)
      expect(routeless).toEqual([])
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
