import fs from "fs"
import path from "path"
import {
  ALL_SERVICE_PERMISSIONS,
  findRoutePermission,
  GUARDED_ADMIN_PREFIXES,
  ROLE_PERMISSIONS,
  ROUTE_PERMISSIONS,
} from "../permissions"

const ADMIN_API = path.join(__dirname, "..", "admin")

/** Every admin route file of the plugin with the methods it exports, as `METHOD /admin/a/:id`. */
function adminRoutes() {
  const found: { method: string; path: string }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (/^route\.[jt]s$/.test(entry.name)) {
        const url =
          "/admin/" +
          path
            .relative(ADMIN_API, dir)
            .split(path.sep)
            .map((s) => s.replace(/^\[(.+)\]$/, ":$1"))
            .join("/")
        const source = fs.readFileSync(full, "utf8")
        for (const [, method] of source.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) {
          found.push({ method, path: url.replace(/\/$/, "") })
        }
      }
    }
  }
  walk(ADMIN_API)
  return found
}

describe("service permission table", () => {
  const routes = adminRoutes()

  it("finds the plugin's admin routes", () => {
    expect(routes.length).toBeGreaterThan(50)
    expect(routes).toContainEqual({ method: "POST", path: "/admin/service-orders/:id/transition" })
  })

  it("covers every admin route file with its own entry (not only a prefix)", () => {
    const missing = routes
      .filter(({ method, path: p }) => {
        const entry = findRoutePermission(method, p)
        // Prefix entries stand in for routes being built elsewhere; a shipped route names its exact matcher
        // unless its whole folder is a prefix entry.
        return !entry || (entry.matcher.endsWith("*") ? false : entry.matcher !== p)
      })
      .map((r) => `${r.method} ${r.path}`)
    expect(missing).toEqual([])
  })

  it("names only known permissions", () => {
    for (const entry of ROUTE_PERMISSIONS) {
      if (entry.permission !== null) {
        expect(ALL_SERVICE_PERMISSIONS).toContain(entry.permission)
      }
    }
    for (const perms of Object.values(ROLE_PERMISSIONS)) {
      perms.forEach((p) => expect(ALL_SERVICE_PERMISSIONS).toContain(p))
    }
  })

  it("has no duplicate method + matcher", () => {
    const keys = ROUTE_PERMISSIONS.map((e) => `${e.method} ${e.matcher}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it("prefers static segments over params and exact matchers over prefixes", () => {
    expect(findRoutePermission("GET", "/admin/service-roles/me")?.permission).toBeNull()
    expect(findRoutePermission("POST", "/admin/service-roles/me")?.permission).toBe("service_roles.manage")
    expect(findRoutePermission("POST", "/admin/service-agreements/generate-orders")?.matcher).toBe(
      "/admin/service-agreements/generate-orders"
    )
    expect(findRoutePermission("POST", "/admin/service-returns/sret_1/receive")?.permission).toBe("service_returns.write")
    expect(findRoutePermission("GET", "/admin/service-orders/so_1/lines")).toBeUndefined()
    expect(findRoutePermission("GET", "/admin/orders")).toBeUndefined()
  })

  it("mounts the guard on every first segment", () => {
    expect(GUARDED_ADMIN_PREFIXES).toEqual(expect.arrayContaining(["/admin/service-orders", "/admin/service-roles", "/admin/my-work"]))
    expect(GUARDED_ADMIN_PREFIXES.every((p) => /^\/admin\/[a-z-]+$/.test(p))).toBe(true)
  })

  it("gives roles what the design says", () => {
    expect(ROLE_PERMISSIONS.service_manager).toEqual(ALL_SERVICE_PERMISSIONS)
    expect(ROLE_PERMISSIONS.none).toEqual([])
    const dispatcher = ROLE_PERMISSIONS.dispatcher
    expect(dispatcher).toEqual(
      expect.arrayContaining(["service_orders.write", "service_orders.receipt", "assignments.write", "dispatch_board.read", "service_returns.write", "service_objects.write", "technicians.read"])
    )
    for (const refused of ["agreements.read", "slas.write", "subscriptions.read", "billing.write", "settings.write", "technicians.write", "service_roles.manage", "service_orders.post"]) {
      expect(dispatcher).not.toContain(refused)
    }
    expect(ROLE_PERMISSIONS.technician).toEqual(ROLE_PERMISSIONS.consultant)
    expect([...ROLE_PERMISSIONS.technician].sort()).toEqual(
      ["assignments.read", "my_work.read", "service_orders.read", "service_orders.sla", "service_orders.transition", "service_orders.work", "settings.read"].sort()
    )
  })
})
