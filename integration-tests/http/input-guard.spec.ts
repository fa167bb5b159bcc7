import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createPublishableKey, createStoreCustomer } from "../helpers/auth"

jest.setTimeout(120000)

// Malformed input on any plugin route is a 400 with a message (or a 404), never a 500: the input
// guard (path parameters, NUL characters) and the list validators (date filters, fields).
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Record<string, string>
    let store: Record<string, string>

    beforeEach(async () => {
      const container = getContainer()
      admin = (await createAdmin(container)).headers
      store = (await createStoreCustomer(container, "guard@example.com", await createPublishableKey(container))).headers
    })

    const call = (method: string, url: string, data?: unknown) =>
      api.request({
        method,
        url,
        data,
        headers: url.startsWith("/store") ? store : admin,
        validateStatus: () => true,
      })

    it("answers 400 to control characters in any path parameter, admin and store", async () => {
      for (const url of [
        "/admin/service-orders/%00",
        "/admin/service-orders/a%00b/lines",
        "/ADMIN/SERVICE-ORDERS/%00",
        "/store/Service-Orders/%00",
        "/admin/service-orders/sord_1/lines/%07",
        "/admin/service-level-agreements/a%00b",
        "/admin/boms/%0A/versions",
        "/store/service-orders/%00",
        "/store/service-returns/%1B",
      ]) {
        const res = await call("GET", url)
        expect([url, res.status, res.data.message]).toEqual([url, 400, "A path parameter contains control characters"])
      }
    })

    it("answers 400 to an over-long path parameter and 404 to a well-formed one that names nothing", async () => {
      const long = await call("GET", `/admin/service-orders/${"x".repeat(101)}`)
      expect(long.status).toBe(400)
      expect(long.data.message).toBe("A path parameter is longer than 100 characters")
      const atLimit = await call("GET", `/admin/service-orders/${"x".repeat(100)}`)
      expect(atLimit.status).toBe(404)
      const wrongPrefix = await call("GET", "/admin/service-orders/cus_01ABC")
      expect(wrongPrefix.status).toBe(404)
      expect((await call("GET", "/store/service-orders/%E0%A4%A")).status).toBe(400)
    })

    it("answers 400 naming the field to a NUL character or a reserved key in a body or a query", async () => {
      const body = await call("POST", "/admin/service-objects", { name: "Pump", customer_id: "cus_1", metadata: { note: ["ok", "a\u0000b"] } })
      expect(body.status).toBe(400)
      expect(body.data.message).toBe("The body field metadata.note[1] contains a NUL character")
      const query = await call("GET", "/admin/service-orders?q=a%00b")
      expect(query.status).toBe(400)
      expect(query.data.message).toBe("The query parameter q contains a NUL character")
      // A key that shadows Object.prototype crashed Medusa's validation message (found by the fuzzer).
      const reserved = await call("POST", "/admin/service-agreements", { template_id: { toString: " " } })
      expect(reserved.status).toBe(400)
      expect(reserved.data.message).toBe("The body field template_id.toString is a reserved name")
      const surrogate = await call("POST", "/admin/service-objects", { name: "x", customer_id: "c", metadata: { "\ud800": "v" } })
      expect(surrogate.status).toBe(400)
      expect(surrogate.data.message).toBe("The body field metadata.\ufffd contains an unpaired surrogate (not Unicode text)")
      const store = await call("POST", "/store/service-requests", { description: "\u0000" })
      expect(store.status).toBe(400)
      expect((await call("GET", "/admin/service-objects")).data.count).toBe(0)
    })

    it("validates every date filter: a malformed date is a 400 naming the filter, a good one filters", async () => {
      const lists: [string, string][] = [
        ["/admin/service-orders?created_at[$gt]=not-a-date", "'created_at, $gt', got: 'not-a-date'"],
        ["/admin/service-orders?updated_at[$lte]=2026-13-45", "'updated_at, $lte', got: '2026-13-45'"],
        ["/admin/service-objects?warranty_end[$lt]=soon", "'warranty_end, $lt', got: 'soon'"],
        ["/admin/service-objects?created_at=yesterday", "'created_at, $eq'"],
        ["/admin/service-returns?created_at[$gte]=x", "'created_at, $gte'"],
        ["/admin/service-agreements?updated_at[$gt]=x", "'updated_at, $gt'"],
        ["/admin/service-subscriptions?next_due_at[$lt]=x", "'next_due_at, $lt'"],
        ["/admin/subscription-fee-transactions?period_start[$gte]=x", "'period_start, $gte'"],
        ["/admin/boms?created_at[$gt]=x", "'created_at, $gt'"],
        ["/admin/service-orders?created_at[$gt]=-200000-01-01T00:00:00Z", "'created_at, $gt' too small"],
        ["/admin/service-orders?created_at[$like]=2026-01-01", "Unrecognized fields: '$like'"],
      ]
      for (const [url, fragment] of lists) {
        const res = await call("GET", url)
        expect([url, res.status]).toEqual([url, 400])
        expect(res.data.message).toContain(fragment)
      }
      const ok = await call("GET", "/admin/service-orders?created_at[$gte]=2020-01-01&created_at[$lt]=2099-01-01T00:00:00Z")
      expect(ok.status).toBe(200)
    })

    it("leaves fields that do not exist out of the answer, as Medusa's own admin routes do", async () => {
      const stages = await call("GET", "/admin/service-stages?fields=code,nope,*nothing")
      expect(stages.status).toBe(200)
      expect(stages.data.service_stages.length).toBeGreaterThan(0)
      for (const stage of stages.data.service_stages) {
        expect(Object.keys(stage).sort()).toEqual(["code", "id"])
      }
      const orders = await call("GET", "/admin/service-orders?fields=+lines.nope,customer.nope")
      expect(orders.status).toBe(200)
    })
  },
})
