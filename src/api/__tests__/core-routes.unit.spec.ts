import { coreRouteAllowlist, DEFAULT_CORE_ROUTE_ALLOWLIST, isPluginAdminPath } from "../core-routes"
import { parseRouteEntry, routeEntriesAllow } from "../../modules/service-management/utils/route-match"

const NONE = { dispatcher: [], technician: [], consultant: [] }

describe("routeEntriesAllow", () => {
  const entries = ["GET /admin/customers*", "GET /admin/orders/:id", "POST /admin/stores/:id"]

  it.each([
    ["GET", "/admin/customers", true],
    ["GET", "/admin/customers/cus_1/addresses", true],
    ["HEAD", "/admin/customers", true],
    ["POST", "/admin/customers", false],
    ["GET", "/admin/customer-groups", false],
    ["GET", "/admin/orders/order_1", true],
    ["GET", "/admin/ORDERS/order_1/", true],
    ["GET", "/admin/orders", false],
    ["GET", "/admin/orders/order_1/preview", false],
    ["POST", "/admin/stores/store_1", true],
    ["DELETE", "/admin/stores/store_1", false],
  ])("%s %s → %p", (method, path, allowed) => {
    expect(routeEntriesAllow(entries, method, path)).toBe(allowed)
  })
})

describe("coreRouteAllowlist", () => {
  it("restricts dispatchers, technicians and consultants only, and not when restrict is off", () => {
    expect(coreRouteAllowlist({ restrict: true, allow: NONE }, "service_manager")).toBeNull()
    expect(coreRouteAllowlist({ restrict: true, allow: NONE }, "none")).toBeNull()
    expect(coreRouteAllowlist({ restrict: false, allow: NONE }, "technician")).toBeNull()
    expect(coreRouteAllowlist({ restrict: true, allow: NONE }, "technician")).toEqual([...DEFAULT_CORE_ROUTE_ALLOWLIST.technician])
  })

  it("extends the defaults with the option's entries, once each", () => {
    const allow = { ...NONE, consultant: ["GET /admin/customers/:id", "GET /admin/users/me"] }
    const list = coreRouteAllowlist({ restrict: true, allow }, "consultant")!
    expect(list).toEqual(expect.arrayContaining([...DEFAULT_CORE_ROUTE_ALLOWLIST.consultant, "GET /admin/customers/:id"]))
    expect(list.filter((e) => e === "GET /admin/users/me")).toHaveLength(1)
    expect(coreRouteAllowlist({ restrict: true, allow }, "technician")).not.toContain("GET /admin/customers/:id")
  })

  it("opens to every restricted role only reads of the signed-in user and the store; no writes by default", () => {
    for (const [role, entries] of Object.entries(DEFAULT_CORE_ROUTE_ALLOWLIST)) {
      expect(routeEntriesAllow(entries, "GET", "/admin/users/me")).toBe(true)
      expect(routeEntriesAllow(entries, "GET", "/admin/stores")).toBe(true)
      for (const entry of entries) {
        expect({ role, entry, parsed: parseRouteEntry(entry)?.method }).toEqual({ role, entry, parsed: "GET" })
        expect(isPluginAdminPath(parseRouteEntry(entry)!.matcher.replace(/\*$/, ""))).toBe(false)
      }
    }
    expect(routeEntriesAllow(DEFAULT_CORE_ROUTE_ALLOWLIST.technician, "GET", "/admin/orders")).toBe(false)
    expect(routeEntriesAllow(DEFAULT_CORE_ROUTE_ALLOWLIST.dispatcher, "GET", "/admin/orders")).toBe(true)
  })
})

describe("isPluginAdminPath", () => {
  it.each([
    ["/admin/service-orders/sord_1/lines", true],
    ["/admin/Service-Orders", true],
    ["/admin/my-work", true],
    ["/admin/orders", false],
    ["/admin/service-zones", false],
    ["/admin", false],
  ])("%s → %p", (path, plugin) => {
    expect(isPluginAdminPath(path)).toBe(plugin)
  })
})
