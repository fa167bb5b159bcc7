import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { INPUT_LIMITS } from "../../src/modules/service-management/utils/input-limits"
import { createAdmin } from "../helpers/auth"

jest.setTimeout(180000)

const INJECTION = "' OR '1'='1' --"
const HUGE = "x".repeat(100000)
const TABLES = ["service_order", "service_order_line", "service_object", "service_agreement", "service_agreement_line"] as const

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let customerA: string
    let customerB: string
    let objectA: string
    let objectB: string
    let active: string
    let retired: string

    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)
    const post = (path: string, body: unknown) => err(api.post(path, body, { headers }))

    /** Row counts of the tables a refused request could have written to. */
    const counts = async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows = await Promise.all(TABLES.map(async (t) => [t, Number((await pg.raw(`select count(*) as n from ${t}`)).rows[0].n)]))
      return Object.fromEntries(rows)
    }

    /** Each case is refused with its status and message, and no table's row count changes. */
    const expectRefused = async (cases: [label: string, send: () => Promise<any>, status: number, message: RegExp][]) => {
      const before = await counts()
      for (const [label, send, status, message] of cases) {
        const res = await send()
        expect({ label, status: res.status }).toEqual({ label, status })
        expect({ label, message: res.data.message }).toEqual({ label, message: expect.stringMatching(message) })
      }
      expect(await counts()).toEqual(before)
    }

    const technician = async (first_name: string) =>
      (await api.post("/admin/technicians", { first_name, timezone: "UTC", working_hours: { "1": [{ start: "08:00", end: "17:00" }] } }, { headers })).data
        .technician.id

    beforeEach(async () => {
      const container = getContainer()
      await container.resolve(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
      const customers = container.resolve(Modules.CUSTOMER)
      customerA = (await customers.createCustomers({ email: "a@example.com" })).id
      customerB = (await customers.createCustomers({ email: "b@example.com" })).id
      objectA = (await api.post("/admin/service-objects", { name: "Boiler A", customer_id: customerA }, { headers })).data.service_object.id
      objectB = (await api.post("/admin/service-objects", { name: "Boiler B", customer_id: customerB }, { headers })).data.service_object.id
      active = await technician("Ada")
      retired = await technician("Rita")
      await api.post(`/admin/technicians/${retired}`, { is_active: false }, { headers })
    })

    const line = (body: Record<string, unknown> = {}) => ({ type: "hour", description: "Labour", quantity: 1, ...body })
    const createOrder = (body: Record<string, unknown> = {}) =>
      post("/admin/service-orders", { customer_id: customerA, service_object_id: objectA, ...body })

    describe("service order lines name an existing, active technician", () => {
      const badTechnicians = (send: (technician_id: string) => Promise<any>, field: string) =>
        [
          ["unknown", () => send("stech_missing"), 404, new RegExp(`^${field}: technician stech_missing does not exist`)],
          ["injection", () => send(INJECTION), 404, new RegExp(`^${field}: technician .* does not exist`)],
          ["100,000 characters", () => send(HUGE), 400, /technician_id.*too big/],
          ["inactive", () => send(retired), 400, new RegExp(`^${field}: technician ${retired} is not active`)],
        ] as [string, () => Promise<any>, number, RegExp][]

      it("POST /admin/service-orders refuses each bad lines[].technician_id and writes nothing", async () => {
        await expectRefused(
          badTechnicians((id) => createOrder({ lines: [line({ technician_id: active }), line({ technician_id: id })] }), "lines\\[1\\]\\.technician_id")
        )
        const ok = await createOrder({ lines: [line({ technician_id: active })] })
        expect(ok.status).toBe(200)
        expect(ok.data.service_order.lines[0].technician_id).toBe(active)
      })

      it("POST /admin/service-orders/:id/lines refuses each bad lines[].technician_id and writes nothing", async () => {
        const order = (await createOrder()).data.service_order
        await expectRefused(badTechnicians((id) => post(`/admin/service-orders/${order.id}/lines`, { lines: [line({ technician_id: id })] }), "lines\\[0\\]\\.technician_id"))
      })

      it("POST /admin/service-orders/:id/lines/:line_id refuses a bad technician_id; a line keeps its retired technician", async () => {
        const tech = await technician("Tom")
        const order = (await createOrder({ lines: [line({ technician_id: tech })] })).data.service_order
        const lineId = order.lines[0].id
        const path = `/admin/service-orders/${order.id}/lines/${lineId}`
        await expectRefused(badTechnicians((id) => post(path, { technician_id: id }), "technician_id"))
        const unchanged = (await api.get(`/admin/service-orders/${order.id}`, { headers })).data.service_order
        expect(unchanged.lines[0].technician_id).toBe(tech)

        await api.post(`/admin/technicians/${tech}`, { is_active: false }, { headers })
        const kept = await post(path, { technician_id: tech, quantity: 3 })
        expect(kept.status).toBe(200)
        expect(kept.data.service_order.lines.find((l: any) => l.id === lineId)).toEqual(expect.objectContaining({ technician_id: tech, quantity: 3 }))
      })
    })

    describe("service order header and other line references", () => {
      it("refuses another customer's object, unknown agreement, task and variant by field, writing nothing", async () => {
        await expectRefused([
          ["foreign object", () => createOrder({ service_object_id: objectB }), 400, /^service_object_id: service object .* belongs to another customer/],
          ["unknown customer", () => createOrder({ customer_id: "cus_missing", service_object_id: undefined }), 404, /^customer_id: customer cus_missing does not exist/],
          ["injected customer", () => createOrder({ customer_id: INJECTION, service_object_id: undefined }), 404, /^customer_id: customer/],
          ["huge customer", () => createOrder({ customer_id: HUGE }), 400, /customer_id.*too big/],
          ["unknown agreement", () => createOrder({ agreement_id: "sagr_missing" }), 404, /^agreement_id: service agreement sagr_missing does not exist/],
          ["unknown task", () => createOrder({ lines: [line({ service_task_id: "stsk_missing" })] }), 404, /^lines\[0\]\.service_task_id: service task stsk_missing/],
          ["unknown variant", () => createOrder({ lines: [line({ product_variant_id: INJECTION })] }), 404, /^lines\[0\]\.product_variant_id: product variant/],
        ])
      })
    })

    describe("service objects name a parent of the same customer, without a cycle", () => {
      it("refuses unknown, injected, huge, foreign and cyclic parents, writing nothing", async () => {
        const child = (await api.post("/admin/service-objects", { name: "Pump", customer_id: customerA, parent_id: objectA }, { headers })).data
          .service_object
        expect(child.parent_id).toBe(objectA)
        const create = (parent_id: string) => post("/admin/service-objects", { name: "Part", customer_id: customerA, parent_id })
        await expectRefused([
          ["unknown", () => create("sobj_missing"), 404, /^parent_id: service object sobj_missing does not exist/],
          ["injection", () => create(INJECTION), 404, /^parent_id: service object/],
          ["100,000 characters", () => create(HUGE), 400, /parent_id.*too big/],
          ["another customer's", () => create(objectB), 400, /^parent_id: service object .* belongs to another customer/],
          ["itself", () => post(`/admin/service-objects/${objectA}`, { parent_id: objectA }), 400, /parent_id: .*cycle/],
          ["its descendant", () => post(`/admin/service-objects/${objectA}`, { parent_id: child.id }), 400, /parent_id: .*cycle/],
          ["new customer, old parent", () => post(`/admin/service-objects/${child.id}`, { customer_id: customerB }), 400, /^parent_id: .*another customer/],
        ])
        const parent = (await api.get(`/admin/service-objects/${objectA}`, { headers })).data.service_object
        expect(parent.parent_id).toBeNull()
      })
    })

    describe("service agreement lines", () => {
      it("name the field of a refused line reference, writing nothing", async () => {
        const agreement = (body: Record<string, unknown>) =>
          post("/admin/service-agreements", { name: "Care", customer_id: customerA, valid_from: "2027-01-01", currency_code: "eur", ...body })
        const agreementLine = (body: Record<string, unknown>) => ({ type: "fee", quantity: 1, unit_price: 10, ...body })
        await expectRefused([
          ["foreign object", () => agreement({ lines: [agreementLine({}), agreementLine({ service_object_id: objectB })] }), 400, /^lines\[1\]\.service_object_id: .*belongs to another customer/],
          ["unknown task", () => agreement({ lines: [agreementLine({ service_task_id: INJECTION })] }), 404, /^lines\[0\]\.service_task_id: service task/],
          ["huge object id", () => agreement({ lines: [agreementLine({ service_object_id: HUGE })] }), 400, /service_object_id.*too big/],
        ])
      })
    })

    describe("free text is bounded", () => {
      const over = (limit: number) => "y".repeat(limit + 1)
      const at = (limit: number) => "y".repeat(limit)

      it("refuses over-long text, deep or large metadata and long address fields by field name, writing nothing", async () => {
        await expectRefused([
          ["title", () => createOrder({ title: over(INPUT_LIMITS.shortText) }), 400, /'title' too big/],
          ["description", () => createOrder({ description: over(INPUT_LIMITS.longText) }), 400, /'description' too big/],
          ["internal note", () => createOrder({ internal_note: HUGE }), 400, /'internal_note' too big/],
          ["line description", () => createOrder({ lines: [line({ description: over(INPUT_LIMITS.lineText) })] }), 400, /'lines, 0, description' too big/],
          ["address field", () => createOrder({ address: { city: over(INPUT_LIMITS.shortText) } }), 400, /address, city/],
          ["metadata size", () => createOrder({ metadata: { blob: over(INPUT_LIMITS.metadataBytes) } }), 400, /metadata may be at most 16384 bytes/],
          ["metadata depth", () => createOrder({ metadata: { a: { b: { c: { d: { e: { f: 1 } } } } } } }), 400, /metadata may nest at most 5 levels/],
          ["serial number", () => post("/admin/service-objects", { name: "x", customer_id: customerA, serial_number: over(INPUT_LIMITS.serialNumber) }), 400, /'serial_number' too big/],
          ["object name", () => post("/admin/service-objects", { name: HUGE, customer_id: customerA }), 400, /'name' too big/],
          ["transition note", () => post(`/admin/service-orders/sord_x/transition`, { to_stage: "scheduled", note: over(INPUT_LIMITS.note) }), 400, /'note' too big/],
        ])
      })

      it("accepts text exactly at the limits", async () => {
        const res = await createOrder({
          title: at(INPUT_LIMITS.shortText),
          description: at(INPUT_LIMITS.longText),
          internal_note: at(INPUT_LIMITS.longText),
          address: { city: at(INPUT_LIMITS.shortText) },
          metadata: { a: { b: { c: { d: { e: 1 } } } }, blob: at(INPUT_LIMITS.metadataBytes - 100) },
          lines: [line({ description: at(INPUT_LIMITS.lineText), technician_id: active })],
        })
        expect(res.status).toBe(200)
        expect(res.data.service_order.title).toHaveLength(INPUT_LIMITS.shortText)
        expect(res.data.service_order.lines[0].description).toHaveLength(INPUT_LIMITS.lineText)
        const object = await post("/admin/service-objects", { name: at(INPUT_LIMITS.shortText), customer_id: customerA, serial_number: at(INPUT_LIMITS.serialNumber) })
        expect(object.status).toBe(200)
      })
    })
  },
})
