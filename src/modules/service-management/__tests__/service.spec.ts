import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { SERVICE_MANAGEMENT_MODULE } from ".."
import ServiceManagementModuleService, { ServiceOrderLinesChange } from "../service"
import { insertOrders } from "./helpers/inserted-orders"
import { computeServiceOrderTotals } from "../utils/totals"
import { TOTALS_CASES } from "../utils/__tests__/totals-cases"

jest.setTimeout(120000)

moduleIntegrationTestRunner<ServiceManagementModuleService>({
  moduleName: SERVICE_MANAGEMENT_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    const stageId = async (code: string) => (await service.listServiceStages({ code }))[0].id

    beforeEach(async () => {
      await service.ensureDefaultStages()
    })

    describe("default stages", () => {
      it("creates the default set once, with rules and reasons", async () => {
        expect(await service.ensureDefaultStages()).toBe(0)
        const stages = await service.listServiceStages({}, { relations: ["reasons"], order: { position: "ASC" } })
        expect(stages.map((s) => s.code)).toEqual([
          "requested",
          "scheduled",
          "in_progress",
          "completed",
          "closed",
          "cancelled",
        ])
        const closed = stages.find((s) => s.code === "closed")!
        expect(closed).toEqual(expect.objectContaining({ is_terminal: true, allow_post: true, allow_edit_lines: false }))
        const cancelled = stages.find((s) => s.code === "cancelled")!
        expect(cancelled.requires_reason).toBe(true)
        expect(cancelled.reasons.map((r) => r.code)).toContain("customer_request")
        expect(Object.fromEntries(stages.map((s) => [s.code, s.sla_action]))).toEqual({
          requested: null,
          scheduled: "respond",
          in_progress: "respond",
          completed: "resolve",
          closed: null,
          cancelled: null,
        })
      })

      it("is safe when several instances start at once on an empty table", async () => {
        // Start from nothing, so that the four racing instances really have something to create.
        await service.deleteStageReasons((await service.listStageReasons({})).map((r) => r.id))
        await service.deleteServiceStages((await service.listServiceStages({})).map((s) => s.id))
        expect(await service.listServiceStages({})).toHaveLength(0)
        const created = await Promise.all([1, 2, 3, 4].map(() => service.ensureDefaultStages()))
        // Exactly one instance seeds the six stages; the others find them there.
        expect([...created].sort()).toEqual([0, 0, 0, 6])
        const stages = await service.listServiceStages({})
        expect(stages.map((s) => s.code).sort()).toEqual(["cancelled", "closed", "completed", "in_progress", "requested", "scheduled"])
      })
    })

    describe("service order numbers", () => {
      const order = async () => ({
        customer_id: "cus_1",
        stage_id: await stageId("requested"),
        currency_code: "usd",
      })

      it("are unique and gap-free under concurrent creation", async () => {
        const data = await order()
        const created = await Promise.all(
          Array.from({ length: 20 }, () => insertOrders(service, [data]))
        )
        const ids = created.map(([o]) => o.display_id).sort((a, b) => a - b)
        expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
        expect(created.map(([o]) => o.number)).toContain("SO-000020")
      })

      it("gives a failed creation's number back", async () => {
        const [first] = await insertOrders(service, [await order()])
        await expect(
          insertOrders(service, [{ ...(await order()), stage_id: "sstg_missing" }])
        ).rejects.toThrow()
        const [next] = await insertOrders(service, [await order()])
        expect(next.display_id).toBe(first.display_id + 1)
      })

      it("numbers a batch consecutively", async () => {
        const data = await order()
        const batch = await insertOrders(service, [data, data, data])
        expect(batch.map((o) => o.number)).toEqual(["SO-000001", "SO-000002", "SO-000003"])
      })

      it("writes a number longer than its padding whole", async () => {
        await insertOrders(service, [await order()])
        const [counter] = await service.listNumberSequences({ scope: "service_order" })
        await service.updateNumberSequences({ id: counter.id, last_value: 999_999 })
        const [next] = await insertOrders(service, [await order()])
        expect(next).toMatchObject({ display_id: 1_000_000, number: "SO-1000000" })
      })
    })

    describe("numbers of an undone create", () => {
      const order = async () => ({ customer_id: "cus_1", stage_id: await stageId("requested"), currency_code: "usd" })
      const counter = async () => (await service.listNumberSequences({ scope: "service_order" })).map((c) => Number(c.last_value))

      it("are given back while they are the last issued, and the next create reuses them", async () => {
        const [first] = await insertOrders(service, [await order()])
        const batch = await insertOrders(service, [await order(), await order()])
        await service.deleteNumbered("ServiceOrders", batch.map((o) => o.id))
        expect(await counter()).toEqual([first.display_id])
        const [next] = await insertOrders(service, [await order()])
        expect(next.number).toBe("SO-000002")
      })

      it("stay used when a later number was issued: a gap, never a duplicate", async () => {
        const [undone] = await insertOrders(service, [await order()])
        const [later] = await insertOrders(service, [await order()])
        await service.deleteNumbered("ServiceOrders", [undone.id])
        expect(await counter()).toEqual([later.display_id])
        const [next] = await insertOrders(service, [await order()])
        expect(next.display_id).toBe(later.display_id + 1)
        expect(await service.listServiceOrders({ id: [undone.id] })).toEqual([])
      })

      it("leave no counter behind when the first ones are given back", async () => {
        const [only] = await insertOrders(service, [await order()])
        await service.deleteNumbered("ServiceOrders", [only.id])
        expect(await counter()).toEqual([])
        expect((await insertOrders(service, [await order()]))[0].number).toBe("SO-000001")
      })
    })

    describe("stage moves", () => {
      it("lets only one of two concurrent moves from the same stage win", async () => {
        const requested = await stageId("requested")
        const [o] = await insertOrders(service, [
          { customer_id: "cus_1", stage_id: requested, currency_code: "usd" },
        ])
        const move = async (code: string) => {
          const to_stage_id = await stageId(code)
          const transition = { service_order_id: o.id, from_stage_id: requested, from_stage_code: "requested", to_stage_id, to_stage_code: code, actor_type: "system" }
          return service.moveServiceOrderStage({ id: o.id, from_stage_id: requested, to_stage_id, transition })
        }
        const results = await Promise.allSettled([move("scheduled"), move("cancelled")])
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult
        expect(rejected.reason.type).toBe("conflict")
        // The loser wrote nothing: one move in the history (beside the order's first row), the winner's.
        const moves = (await service.listStageTransitions({ service_order_id: o.id })).filter((t) => t.from_stage_id === requested)
        expect(moves).toHaveLength(1)
      })
    })

    describe("line changes and totals", () => {
      const newOrder = async () =>
        (await insertOrders(service, [{ customer_id: "cus_1", stage_id: await stageId("requested"), currency_code: "usd" }]))[0]
      const totalsOf = async (id: string) => {
        const o = await service.retrieveServiceOrder(id)
        return { revenue_total: Number(o.revenue_total), cost_total: Number(o.cost_total), margin_total: Number(o.margin_total) }
      }

      // One rule, written twice: in JS for a new order's lines, in SQL for an existing order's.
      it.each(TOTALS_CASES)("an existing order's totals follow the rule of a new order's: %s", async (_, lines, expected) => {
        const o = await newOrder()
        const create = lines.map((l, i) => ({ ...l, type: "item", description: `Line ${i}` })) as ServiceOrderLinesChange["create"]
        const { totals } = await service.changeServiceOrderLines({ service_order_id: o.id, create })
        expect(computeServiceOrderTotals(lines)).toEqual(expected)
        expect({ revenue_total: totals.revenue_total, cost_total: totals.cost_total, margin_total: totals.margin_total }).toEqual(expected)
        expect(await totalsOf(o.id)).toEqual(expected)
      })

      it("adds, changes and removes lines with the totals in one change, and its undo puts every row back as it was", async () => {
        const o = await newOrder()
        const first = await service.changeServiceOrderLines({
          service_order_id: o.id,
          create: [
            { type: "hour", description: "Labour", quantity: 2, unit_price: 80, unit_cost: 35 },
            { type: "item", description: "Filter", quantity: 1, unit_price: 20, unit_cost: 8 },
          ],
        })
        const [labour, filter] = first.created as { id: string }[]
        const rows = async () => ({
          lines: await service.listServiceOrderLines({ service_order_id: o.id }, { withDeleted: true, order: { id: "ASC" } }),
          order: await service.retrieveServiceOrder(o.id),
        })
        const before = await rows()
        const change = await service.changeServiceOrderLines({
          service_order_id: o.id,
          create: [{ type: "fee", description: "Call-out", quantity: 1, unit_price: 45 }],
          update: [{ id: labour.id, quantity: 3, billable: false }],
          delete: [filter.id],
        })
        expect(change.updated).toEqual([expect.objectContaining({ id: labour.id, quantity: 3, billable: false, unit_price: 80 })])
        expect(change.deleted_ids).toEqual([filter.id])
        expect(change.totals).toEqual(expect.objectContaining({ revenue_total: 45, cost_total: 105, margin_total: -60 }))
        expect(await totalsOf(o.id)).toEqual({ revenue_total: 45, cost_total: 105, margin_total: -60 })

        await service.undoServiceOrderLinesChange(change.undo)
        expect(await rows()).toEqual(before)
      })
    })

    describe("service objects", () => {
      it("refuses a second object with the same serial number of the same variant", async () => {
        await service.createServiceObjects({ name: "Boiler", customer_id: "cus_1", product_variant_id: "variant_1", serial_number: "SN-1" })
        await expect(
          service.createServiceObjects({ name: "Boiler", customer_id: "cus_2", product_variant_id: "variant_1", serial_number: "SN-1" })
        ).rejects.toThrow(/already exists/)
        await service.createServiceObjects({ name: "Other", customer_id: "cus_2", product_variant_id: "variant_2", serial_number: "SN-1" })
      })
    })

    describe("service agreements", () => {
      const agreement = () => ({ customer_id: "cus_1", name: "Care", currency_code: "eur", valid_from: new Date("2026-01-01") })

      it("numbers agreements SA-000001… on their own counter", async () => {
        const created = await Promise.all([1, 2, 3].map(() => service.createNumberedServiceAgreements([agreement()])))
        expect(created.map(([a]) => a.number).sort()).toEqual(["SA-000001", "SA-000002", "SA-000003"])
        const [order] = await insertOrders(service, [
          { customer_id: "cus_1", stage_id: await stageId("requested"), currency_code: "eur" },
        ])
        expect(order.number).toBe("SO-000001")
      })

      it("writes each (line, date) occurrence's order once, however many generations write at once", async () => {
        const [a] = await service.createNumberedServiceAgreements([agreement()])
        const [line] = (await service.createServiceAgreementLines([
          { agreement_id: a.id, type: "fee", description: "Visit", quantity: 1, recurrence: "FREQ=MONTHLY" },
        ]))
        const stage = await stageId("requested")
        const write = () =>
          service.writeGeneratedServiceOrders({
            orders: service.prepareServiceOrdersInsert(
              [0, 1, 2].map(() => ({
                order: { customer_id: "cus_1", stage_id: stage, currency_code: "eur", agreement_id: a.id, channel: "agreement" },
                lines: [],
                transition: { to_stage_id: stage, to_stage_code: "requested", actor_type: "system" },
                sla_event: null,
              })),
              new Date()
            ),
            claims: [0, 1, 2].map((m) => ({
              agreement_id: a.id,
              agreement_line_id: line.id,
              occurrence_date: new Date(Date.UTC(2026, m, 1)),
              order: m,
            })),
            reclaimed: [],
            cursors: [],
          })
        const results = await Promise.allSettled(Array.from({ length: 6 }, write))
        // One write wins; the others find its claims and undo everything they wrote (409).
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.type)).toEqual(Array(5).fill("conflict"))
        const occurrences = await service.listAgreementOccurrences({ agreement_id: a.id })
        const orders = await service.listServiceOrders({ agreement_id: a.id })
        expect(occurrences).toHaveLength(3)
        expect(new Set(occurrences.map((o) => o.service_order_id))).toEqual(new Set(orders.map((o) => o.id)))
        expect(orders.map((o) => o.number).sort()).toEqual(["SO-000001", "SO-000002", "SO-000003"])
        await expect(write()).rejects.toThrow("A concurrent generation claimed some of these occurrences first")
      })

      it("moves a status only from the expected one (409 otherwise)", async () => {
        const [a] = await service.createNumberedServiceAgreements([agreement()])
        await service.moveServiceAgreementStatus({ id: a.id, from: "draft", to: "active", set: { activated_at: new Date() } })
        await expect(service.moveServiceAgreementStatus({ id: a.id, from: "draft", to: "active" })).rejects.toThrow(`Service agreement ${a.number} is now active; reload it and try again`)
        await service.moveServiceAgreementStatus({
          id: a.id,
          from: "active",
          to: "suspended",
          set: { suspensions: [{ from: "2026-02-01T00:00:00.000Z", to: null }] },
        })
        const fresh = await service.retrieveServiceAgreement(a.id)
        expect(fresh.status).toBe("suspended")
        expect(fresh.suspensions).toEqual([{ from: "2026-02-01T00:00:00.000Z", to: null }])
      })
    })

    describe("SLA breaches", () => {
      it("marks an overdue target once, not when met in time, paused before due, or cancelled", async () => {
        const stage = await stageId("requested")
        const now = new Date()
        const ago = (minutes: number) => new Date(now.getTime() - minutes * 60000)
        const orders = await insertOrders(service, 
          [
            { response_due_at: ago(10) },
            { response_due_at: ago(10), responded_at: ago(20) },
            { response_due_at: ago(10), sla_paused_at: ago(30) },
            { response_due_at: ago(10), canceled_at: ago(15) },
            { response_due_at: ago(10), responded_at: ago(5) },
            { response_due_at: new Date(now.getTime() + 60000) },
          ].map((d) => ({ customer_id: "cus_1", stage_id: stage, currency_code: "eur", ...d }))
        )
        const marked = await Promise.all([1, 2, 3].map(() => service.markSlaBreaches({ metric: "response", now, limit: 100 })))
        expect(marked.flat().map((b) => b.id).sort()).toEqual([orders[0].id, orders[4].id].sort())
        expect(await service.markSlaBreaches({ metric: "resolution", now, limit: 100 })).toEqual([])
      })
    })
  },
})
