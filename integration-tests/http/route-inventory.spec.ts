import fs from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createPublishableKey } from "../helpers/auth"

jest.setTimeout(120000)

const API_DIR = path.join(__dirname, "..", "..", "src", "api")
const METHODS = ["GET", "POST", "DELETE"] as const

/** Every route file the plugin ships, with the HTTP methods it exports. */
function discoverRoutes() {
  const routes: { method: (typeof METHODS)[number]; path: string }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (entry.name === "route.ts") {
        const url = "/" + path.relative(API_DIR, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, "x_$1")).join("/")
        const mod = require(full)
        METHODS.filter((m) => typeof mod[m] === "function").forEach((method) => routes.push({ method, path: url }))
      }
    }
  }
  walk(API_DIR)
  return routes
}

// Routes that may answer without a logged-in user or customer. Adding one here is a decision.
const PUBLIC_ROUTES: string[] = []

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const routes = discoverRoutes()

    it("finds the plugin's routes", () => {
      expect(routes.length).toBeGreaterThan(20)
      expect(routes).toContainEqual({ method: "POST", path: "/admin/service-orders/x_id/transition" })
      expect(routes).toContainEqual({ method: "POST", path: "/store/service-requests" })
      expect(routes).toContainEqual({ method: "POST", path: "/store/service-orders/x_id/cancel" })
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
