import { Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { createDueFeeTransactions } from "../../src/workflows/subscription-billing/steps/create-due-fee-transactions"
import { createAdmin, createPublishableKey, createStoreCustomer } from "../helpers/auth"
import { createCatalog, listMedusaOrders, setDefaultSalesChannel } from "../helpers/commerce"

jest.setTimeout(240000)

const address = { first_name: "Jane", last_name: "Doe", address_1: "Main St 1", city: "Utrecht", country_code: "nl", postal_code: "3511" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let customerA: string
    let customerB: string
    let catalog: Awaited<ReturnType<typeof createCatalog>>

    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const subscribe = (body: Record<string, unknown>) =>
      api.post(
        "/admin/service-subscriptions",
        { customer_id: customerA, description: "Heat pump care plan", amount: 31, currency_code: "eur", frequency: "monthly", start_date: "2027-01-01", ...body },
        { headers }
      )
    const run = (as_of: string) => api.post("/admin/subscription-billing-runs", { as_of }, { headers })
    const fees = async (filters: Record<string, unknown> = {}) =>
      (await service().listServiceSubscriptionFeeTransactions(filters, { order: { period_start: "ASC" } })) as any[]
    const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10)

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers } = await createAdmin(container))
      catalog = await createCatalog(container)
      await setDefaultSalesChannel(container, catalog.channel.id)
      const customers = container.resolve(Modules.CUSTOMER)
      customerA = (await customers.createCustomers({ email: "a@example.com", first_name: "Ann", addresses: [address] })).id
      customerB = (await customers.createCustomers({ email: "b@example.com", first_name: "Bob", addresses: [address] })).id
    })

    describe("subscriptions", () => {
      it("creates a numbered subscription with its billing cursor and upcoming periods", async () => {
        const { status, data } = await subscribe({ start_date: "2027-01-31", billing_timing: "arrears" })
        expect(status).toBe(200)
        const sub = data.service_subscription
        expect(sub).toEqual(expect.objectContaining({ number: "SUB-000001", status: "active", currency_code: "eur", billing_timing: "arrears" }))
        expect(day(sub.next_period_start)).toBe("2027-01-31")
        // In arrears the first period falls due when it ends: 28 February (no 31st).
        expect(day(sub.next_due_at)).toBe("2027-02-28")
        expect(sub.upcoming_periods.slice(0, 3).map((p: any) => [day(p.period_start), day(p.due_at), p.amount])).toEqual([
          ["2027-01-31", "2027-02-28", 31],
          ["2027-02-28", "2027-03-31", 31],
          ["2027-03-31", "2027-04-30", 31],
        ])
        expect(sub.customer.email).toBe("a@example.com")
      })

      it("refuses bad input with a clear 400 and creates nothing", async () => {
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ start_date: "2027-02-01", end_date: "2027-01-01" }, /end_date must not be before start_date/],
          [{ amount: 0 }, /amount.*(greater than 0|too small)/],
          [{ amount: -5 }, /amount.*(greater than 0|too small)/],
          [{ currency_code: "xyz" }, /not a known currency/],
          [{ currency_code: "euro" }, /3-letter/],
          [{ frequency: "rrule", rrule: "FREQ=SOMETIMES" }, /recurrence "FREQ=SOMETIMES" needs a valid FREQ/],
          [{ frequency: "rrule" }, /needs an rrule/],
          [{ frequency: "weekly" }, /frequency/],
          [{ customer_id: "cus_missing" }, /Customer cus_missing does not exist/],
          [{ group_id: "ssgr_missing" }, /Subscription group ssgr_missing does not exist/],
          [{ surprise: true }, /surprise|Unrecognized/],
        ]
        for (const [body, message] of cases) {
          const res = await err(subscribe(body))
          expect([res.status, JSON.stringify(body)]).toEqual([400, JSON.stringify(body)])
          expect(res.data.message).toMatch(message)
        }
        const list = await api.get("/admin/service-subscriptions", { headers })
        expect(list.data.count).toBe(0)
      })

      it("answers 401 without a token and 404 for unknown ids", async () => {
        expect((await err(api.get("/admin/service-subscriptions"))).status).toBe(401)
        expect((await err(api.post("/admin/subscription-billing-runs", {}))).status).toBe(401)
        expect((await err(api.get("/admin/service-subscriptions/ssub_missing", { headers }))).status).toBe(404)
        expect((await err(api.post("/admin/service-subscriptions/ssub_missing/pause", {}, { headers }))).status).toBe(404)
        expect((await err(api.get("/admin/subscription-billing-runs/sbrn_missing", { headers }))).status).toBe(404)
      })

      it("lists, filters and sorts by the billing cursor's next due date, answered at the top level", async () => {
        for (const start_date of ["2027-03-01", "2027-01-01", "2027-02-01"]) {
          await subscribe({ start_date })
        }
        const list = async (q: string) => (await api.get(`/admin/service-subscriptions?${q}`, { headers })).data.service_subscriptions
        const dues = (subs: any[]) => subs.map((s) => day(s.next_due_at))
        expect(dues(await list("order=next_due_at"))).toEqual(["2027-01-01", "2027-02-01", "2027-03-01"])
        expect(dues(await list("order=-next_due_at"))).toEqual(["2027-03-01", "2027-02-01", "2027-01-01"])
        const filtered = await list("next_due_at[$lte]=2027-02-15&order=next_due_at")
        expect(dues(filtered)).toEqual(["2027-01-01", "2027-02-01"])
        expect(filtered.map((s: any) => day(s.next_period_start))).toEqual(["2027-01-01", "2027-02-01"])
        expect(filtered[0]).not.toHaveProperty("cursor")
        expect((await list("fields=id,next_due_at&next_due_at[$gt]=2027-02-15"))[0]).toEqual({ id: expect.any(String), next_due_at: expect.any(String) })
      })

      it("manages groups; a group in use cannot be deleted", async () => {
        const { data } = await api.post("/admin/subscription-groups", { code: "CARE", name: "Care plans" }, { headers })
        const groupId = data.subscription_group.id
        const dup = await err(api.post("/admin/subscription-groups", { code: "CARE", name: "Again" }, { headers }))
        expect(dup.status).toBe(400)
        await subscribe({ group_id: groupId })
        const del = await err(api.delete(`/admin/subscription-groups/${groupId}`, { headers }))
        expect(del.status).toBe(400)
        expect(del.data.message).toMatch(/is used by subscription SUB-000001/)
        const list = await api.get("/admin/service-subscriptions?group_id=" + groupId, { headers })
        expect(list.data.service_subscriptions).toHaveLength(1)
        expect(list.data.service_subscriptions[0].group.code).toBe("CARE")
      })
    })

    describe("billing runs", () => {
      it("bills in advance and in arrears across month ends into one order per customer and currency", async () => {
        await subscribe({ description: "Advance plan", start_date: "2027-01-31", billing_timing: "advance" })
        await subscribe({ description: "Arrears plan", start_date: "2027-01-31", billing_timing: "arrears" })
        const { status, data } = await run("2027-04-30T12:00:00Z")
        expect(status).toBe(200)
        const billing = data.subscription_billing_run
        // Advance: periods starting 31 Jan, 28 Feb, 31 Mar, 30 Apr; arrears: those ending 28 Feb, 31 Mar, 30 Apr.
        expect(billing).toEqual(expect.objectContaining({ status: "completed", transactions_created: 7, transactions_invoiced: 7, orders_created: 1 }))
        expect(billing.amounts).toEqual({ eur: 217 })
        const all = await fees()
        expect(all.filter((f) => f.status === "invoiced")).toHaveLength(7)
        const orders = await listMedusaOrders(getContainer())
        expect(orders).toHaveLength(1)
        expect(orders[0].customer_id).toBe(customerA)
        expect(orders[0].items).toHaveLength(7)
        expect(Number(orders[0].item_total)).toBe(217)
        expect(new Set(all.map((f) => f.order_id))).toEqual(new Set([orders[0].id]))
        const subtitles = orders[0].items.map((i: any) => i.subtitle).sort()
        expect(subtitles).toContain("SUB-000001 · 2027-02-28 – 2027-03-30")

        // Idempotent: the same run again bills nothing.
        const again = await run("2027-04-30T12:00:00Z")
        expect(again.data.subscription_billing_run).toEqual(expect.objectContaining({ transactions_created: 0, orders_created: 0 }))
        expect(await listMedusaOrders(getContainer())).toHaveLength(1)
      })

      it("bills the end date itself: 15 of 31 for an end on the 15th, one day for a one-day subscription", async () => {
        await subscribe({ description: "Ends mid-month", start_date: "2026-10-01", end_date: "2026-10-15" })
        const oneDay = await subscribe({ description: "One day", start_date: "2026-10-15", end_date: "2026-10-15" })
        expect(oneDay.status).toBe(200)
        const { data } = await run("2027-01-31T12:00:00Z")
        expect(data.subscription_billing_run).toEqual(expect.objectContaining({ transactions_created: 2 }))
        const all = await fees()
        expect(all.map((f) => [day(f.period_start), f.billable_days, Number(f.amount)])).toEqual([
          ["2026-10-01", 15, 15],
          ["2026-10-15", 1, 1],
        ])
        const subs = (await api.get("/admin/service-subscriptions", { headers })).data.service_subscriptions
        expect(subs.map((s: any) => s.next_due_at)).toEqual([null, null])
      })

      it("bills 29 February in a leap year and keeps the period unique in Postgres", async () => {
        const { data } = await subscribe({ start_date: "2028-01-31", amount: 10 })
        await run("2028-03-01")
        const starts = (await fees()).map((f) => day(f.period_start))
        expect(starts).toEqual(["2028-01-31", "2028-02-29"])
        await expect(
          service().createServiceSubscriptionFeeTransactions({
            subscription_id: data.service_subscription.id,
            customer_id: customerA,
            currency_code: "eur",
            period_start: new Date("2028-02-29T00:00:00Z"),
            period_end: new Date("2028-03-31T00:00:00Z"),
            due_at: new Date("2028-02-29T00:00:00Z"),
            period_days: 31,
            billable_days: 31,
            full_amount: 10,
            amount: 10,
          })
        ).rejects.toThrow()
      })

      it("two runs started at once bill every fee exactly once", async () => {
        await subscribe({})
        await subscribe({ customer_id: customerB, amount: 50 })
        const results = await Promise.all([err(run("2027-03-15")), err(run("2027-03-15"))])
        expect(results.map((r) => r.status).sort()).toEqual(expect.arrayContaining([200]))
        for (const r of results.filter((r) => r.status !== 200)) {
          expect(r.status).toBe(400)
          expect(r.data.message).toMatch(/already in progress/)
        }
        const all = await fees()
        expect(all).toHaveLength(6)
        expect(all.every((f) => f.status === "invoiced")).toBe(true)
        const orders = await listMedusaOrders(getContainer())
        expect(orders).toHaveLength(2)
        expect(orders.map((o) => o.items.length).sort()).toEqual([3, 3])
      })

      it("completes a run that died halfway: nothing billed twice, nothing skipped", async () => {
        const container = getContainer()
        await subscribe({})
        await subscribe({ customer_id: customerB, amount: 50 })
        // The dead run: fees created, A's claimed and its order created but not settled, B's claimed before its order existed.
        const [dead] = await service().createServiceBillingRuns([{ as_of: new Date("2027-02-15"), started_at: new Date(), status: "running" }])
        await createDueFeeTransactions(container, { as_of: new Date("2027-02-15"), billing_run_id: dead.id })
        const claimA = await service().claimFeeTransactionsForInvoice({
          customer_id: customerA, currency_code: "eur", as_of: new Date("2027-02-15"), order_id: "order_dead_a", billing_run_id: dead.id,
        })
        await createOrderWorkflow(container).run({
          input: {
            id: "order_dead_a", customer_id: customerA, email: "a@example.com", region_id: catalog.region.id, currency_code: "eur",
            sales_channel_id: catalog.channel.id, items: claimA.map((t) => ({ title: "Care plan", quantity: 1, unit_price: t.amount })),
          } as any,
        })
        await service().claimFeeTransactionsForInvoice({
          customer_id: customerB, currency_code: "eur", as_of: new Date("2027-02-15"), order_id: "order_dead_b", billing_run_id: dead.id,
        })

        const { data } = await run("2027-03-15")
        const next = data.subscription_billing_run
        expect(next.recovered).toEqual({ interrupted_run_ids: [dead.id], transactions_invoiced: 2, transactions_released: 2 })
        expect((await service().listServiceBillingRuns({ id: dead.id }))[0].status).toBe("interrupted")

        const all = await fees()
        expect(all).toHaveLength(6)
        expect(all.every((f) => f.status === "invoiced")).toBe(true)
        const orders = await listMedusaOrders(container)
        // A: the dead run's order for Jan+Feb, a new one for March. B: one order for Jan–Mar.
        expect(orders.map((o) => o.id)).toContain("order_dead_a")
        expect(orders).toHaveLength(3)
        expect(all.filter((f) => f.order_id === "order_dead_a").map((f) => day(f.period_start))).toEqual(["2027-01-01", "2027-02-01"])
        expect(all.some((f) => f.order_id === "order_dead_b")).toBe(false)
        expect(all.filter((f) => f.customer_id === customerB).map((f) => f.order_id).every((id) => id === all.find((f) => f.customer_id === customerB)!.order_id)).toBe(true)
      })

      it("records a customer that cannot be invoiced and bills the others", async () => {
        await subscribe({})
        // No region uses GBP: this customer cannot be invoiced.
        await subscribe({ customer_id: customerB, currency_code: "gbp" })
        const { data } = await run("2027-01-15")
        const billing = data.subscription_billing_run
        expect(billing.status).toBe("completed_with_errors")
        expect(billing.errors).toEqual([expect.objectContaining({ customer_id: customerB, currency_code: "gbp", message: expect.stringMatching(/No region uses the currency GBP/) })])
        expect(billing.orders_created).toBe(1)
        const b = await fees({ customer_id: customerB })
        expect(b.map((f) => f.status)).toEqual(["pending"])
        const list = await api.get(`/admin/subscription-billing-runs`, { headers })
        expect(list.data.subscription_billing_runs[0].id).toBe(billing.id)
      })
    })

    describe("pause, resume, cancel", () => {
      it("cancelling inside an invoiced period credits it pro rata and stops billing", async () => {
        const { data } = await subscribe({ amount: 310 })
        const id = data.service_subscription.id
        await run("2027-01-15")
        const cancelled = await api.post(`/admin/service-subscriptions/${id}/cancel`, { from: "2027-01-11" }, { headers })
        expect(cancelled.data.service_subscription).toEqual(expect.objectContaining({ status: "cancelled", next_due_at: null }))
        const [jan] = await fees()
        // Owed 310 × 10/31 = 100; 210 credited.
        expect(jan.status).toBe("credited")
        expect(Number(jan.credit_amount)).toBe(210)
        const later = await run("2027-06-01")
        expect(later.data.subscription_billing_run.transactions_created).toBe(0)
        const again = await err(api.post(`/admin/service-subscriptions/${id}/pause`, { from: "2027-02-01" }, { headers }))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/only an active subscription can be paused/)
      })

      it("moves only from the status the caller saw: a stale from_status gets 409 naming the status now, changing nothing", async () => {
        const { data } = await subscribe({ amount: 310 })
        const id = data.service_subscription.id
        await run("2027-01-15")
        const state = async () => {
          const sub = (await api.get(`/admin/service-subscriptions/${id}`, { headers })).data.service_subscription
          return { status: sub.status, pauses: sub.pauses, next_due_at: sub.next_due_at, fees: (await fees()).map((f) => [f.status, Number(f.amount)]) }
        }
        const paused = await api.post(`/admin/service-subscriptions/${id}/pause`, { from: "2027-01-11", from_status: "active" }, { headers })
        expect(paused.data.service_subscription.status).toBe("paused")
        const before = await state()
        const stale = await err(api.post(`/admin/service-subscriptions/${id}/cancel`, { from: "2027-01-20", from_status: "active" }, { headers }))
        expect(stale.status).toBe(409)
        expect(stale.data).toEqual({
          type: "conflict",
          message: `Service subscription ${data.service_subscription.number} is now paused (you expected active); reload it and try again`,
        })
        expect(await state()).toEqual(before)
        const cancelled = await api.post(`/admin/service-subscriptions/${id}/cancel`, { from: "2027-01-20", from_status: "paused" }, { headers })
        expect(cancelled.data.service_subscription.status).toBe("cancelled")
        expect((await err(api.post(`/admin/service-subscriptions/${id}/resume`, { from_status: "ended" }, { headers }))).status).toBe(400)
      })

      it("a pause leaves out its days; billing waits while it is open and resumes pro rata", async () => {
        const { data } = await subscribe({ amount: 300, start_date: "2027-04-01", billing_timing: "arrears" })
        const id = data.service_subscription.id
        await api.post(`/admin/service-subscriptions/${id}/pause`, { from: "2027-04-11" }, { headers })
        const waiting = await run("2027-08-01")
        // April up to the pause: 10 of 30 days; nothing after while the pause is open.
        expect(waiting.data.subscription_billing_run.transactions_created).toBe(1)
        expect((await fees()).map((f) => Number(f.amount))).toEqual([100])
        const resumed = await api.post(`/admin/service-subscriptions/${id}/resume`, { from: "2027-08-21" }, { headers })
        expect(resumed.data.service_subscription.status).toBe("active")
        await run("2027-09-01")
        // August from the 21st: 11 of 31 days → 300 × 11/31 = 106.45.
        expect((await fees()).map((f) => [day(f.period_start), Number(f.amount)])).toEqual([
          ["2027-04-01", 100],
          ["2027-08-01", 106.45],
        ])
        const bad = await err(api.post(`/admin/service-subscriptions/${id}/resume`, {}, { headers }))
        expect(bad.status).toBe(400)
        const badDate = await err(api.post(`/admin/service-subscriptions/${id}/cancel`, { from: "not-a-date" }, { headers }))
        expect(badDate.status).toBe(400)
      })
    })

    describe("fee transactions and the storefront", () => {
      it("lists fee transactions with filters", async () => {
        const { data } = await subscribe({})
        await subscribe({ customer_id: customerB })
        await run("2027-02-10")
        const mine = await api.get(`/admin/subscription-fee-transactions?subscription_id=${data.service_subscription.id}`, { headers })
        expect(mine.data.count).toBe(2)
        expect(mine.data.subscription_fee_transactions[0]).toEqual(
          expect.objectContaining({ status: "invoiced", subscription: expect.objectContaining({ number: "SUB-000001" }) })
        )
        const bad = await err(api.get(`/admin/subscription-fee-transactions?status=paid`, { headers }))
        expect(bad.status).toBe(400)
      })

      it("GET /store/service-subscriptions lists only the customer's own, with the next billing date, sorted by it", async () => {
        const key = await createPublishableKey(getContainer())
        const store = await createStoreCustomer(getContainer(), "shopper@example.com", key)
        await subscribe({ customer_id: store.customer.id, metadata: { internal: "secret" } })
        await subscribe({})
        await subscribe({ customer_id: store.customer.id, start_date: "2026-12-01" })
        expect((await err(api.get("/store/service-subscriptions", { headers: { "x-publishable-api-key": key } }))).status).toBe(401)
        const { data } = await api.get("/store/service-subscriptions?order=-next_due_at", { headers: store.headers })
        expect(data.count).toBe(2)
        expect(data.service_subscriptions.map((s: any) => day(s.next_due_at))).toEqual(["2027-01-01", "2026-12-01"])
        const ascending = await api.get("/store/service-subscriptions?order=next_due_at", { headers: store.headers })
        expect(ascending.data.service_subscriptions.map((s: any) => day(s.next_billing_date))).toEqual(["2026-12-01", "2027-01-01"])
        const sub = data.service_subscriptions[0]
        expect(sub).not.toHaveProperty("cursor")
        expect(day(sub.next_billing_date)).toBe("2027-01-01")
        expect(sub).not.toHaveProperty("metadata")
        expect(sub).not.toHaveProperty("customer_id")
        // fields= cannot reach internal data: disallowed fields are dropped.
        const peek = await api.get("/store/service-subscriptions?fields=*,metadata,customer_id,created_by", { headers: store.headers })
        expect(JSON.stringify(peek.data)).not.toContain("secret")
        expect(peek.data.service_subscriptions[0]).not.toHaveProperty("customer_id")
      })
    })
  },
})
