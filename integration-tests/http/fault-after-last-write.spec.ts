import { Modules } from "@medusajs/framework/utils"
import { reserveInventoryStepId } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { createAssignmentWorkflowId } from "../../src/workflows/dispatch/assignments"
import { createAssignmentStepId } from "../../src/workflows/dispatch/steps/assignment-write-steps"
import { postServiceOrderWorkflowId } from "../../src/workflows/posting/post-service-order"
import { receiveServiceReturnWorkflowId } from "../../src/workflows/service-returns/receive-service-return"
import { startServiceReturnRepairStepId } from "../../src/workflows/service-returns/steps/service-return-steps"
import { settleServiceReturnDispositionsStepId } from "../../src/workflows/service-returns/steps/settle-service-return-dispositions"
import { generateAgreementOrdersWorkflowId } from "../../src/workflows/service-agreements/generate-agreement-orders"
import { writeGeneratedOrdersStepId } from "../../src/workflows/service-agreements/steps/write-generated-orders"
import { consumeAllowancesStepId } from "../../src/workflows/service-agreements/steps/consume-allowances"
import { createServiceOrderWorkflowId } from "../../src/workflows/service-orders/create-service-order"
import { createServiceOrderWithHistoryStepId } from "../../src/workflows/service-orders/steps/create-service-order-with-history"
import { addServiceOrderLinesWorkflowId } from "../../src/workflows/service-orders/add-service-order-lines"
import { deleteServiceOrderLinesWorkflowId } from "../../src/workflows/service-orders/delete-service-order-lines"
import { changeServiceOrderLinesStepId } from "../../src/workflows/service-orders/steps/change-service-order-lines"
import { updateServiceOrderLineWorkflowId } from "../../src/workflows/service-orders/update-service-order-line"
import { transitionServiceOrderWorkflowId } from "../../src/workflows/service-orders/transition-service-order"
import { invoiceFeeTransactionsWorkflowId } from "../../src/workflows/subscription-billing/invoice-fee-transactions"
import { settleInvoicedFeeTransactionsStepId } from "../../src/workflows/subscription-billing/steps/claim-fee-transactions"
import { createServiceSubscriptionWorkflowId } from "../../src/workflows/subscriptions/create-service-subscription"
import { changeServiceSubscriptionStatusWorkflowId } from "../../src/workflows/subscriptions/change-service-subscription-status"
import { createServiceSubscriptionsStepId, deleteFeeTransactionsStepId } from "../../src/workflows/subscriptions/steps/subscription-steps"
import { createAdmin } from "../helpers/auth"
import { createCatalog, placeFulfilledOrder, setDefaultSalesChannel } from "../helpers/commerce"
import { databaseSnapshot, failAfterStep, snapshotDifferences } from "../helpers/fail-after-step"

jest.setTimeout(240000)

const WEEKDAYS = Object.fromEntries([1, 2, 3, 4, 5].map((d) => [String(d), [{ start: "08:00", end: "17:00" }]]))
const address = { first_name: "Jane", last_name: "Doe", address_1: "Main St 1", city: "Utrecht", country_code: "nl", postal_code: "3511", is_default_shipping: true }

// A failure injected in the step right after the last write step of a workflow (by replacing that
// step's handler in Medusa's WorkflowManager) must leave the database exactly as it was: every
// table's live rows compared before and after.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let customerId: string
    let catalog: Awaited<ReturnType<typeof createCatalog>>
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)

    beforeEach(async () => {
      const container = getContainer()
      await container.resolve(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
      catalog = await createCatalog(container)
      await setDefaultSalesChannel(container, catalog.channel.id)
      customerId = (await container.resolve(Modules.CUSTOMER).createCustomers({ email: "jane@example.com", first_name: "Jane", addresses: [address] })).id
    })

    /** Runs `request` with the step after `stepId` failing; expects an error and no change at all. */
    async function expectNothingChanged(workflowId: string, stepId: string, request: () => Promise<any>) {
      const before = await databaseSnapshot(getContainer())
      const { failing, restore } = failAfterStep(workflowId, stepId)
      let res: any
      try {
        res = await err(request())
      } finally {
        restore()
      }
      expect([res.status, res.data?.message]).toEqual([res.status, expect.stringContaining(`Injected failure after ${stepId}`)])
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(snapshotDifferences(before, await databaseSnapshot(getContainer()))).toEqual([])
      return failing
    }

    /** An active agreement of the customer with one line. */
    const activeAgreement = async (line: Record<string, unknown>, valid_from: string) => {
      const body = { customer_id: customerId, name: "Care plan", valid_from, currency_code: "eur", lines: [line] }
      const agreement = (await api.post("/admin/service-agreements", body, { headers })).data.service_agreement
      await api.post(`/admin/service-agreements/${agreement.id}/activate`, {}, { headers })
      return agreement
    }

    const closedOrder = async () => {
      const { data } = await api.post(
        "/admin/service-orders",
        {
          customer_id: customerId,
          title: "Boiler repair",
          currency_code: "eur",
          lines: [
            { type: "hour", description: "Labour", quantity: 2, unit_price: 85, unit_cost: 40 },
            { type: "item", description: "Valve", quantity: 1, unit_price: 20, unit_cost: 8, product_variant_id: catalog.variant.id },
          ],
        },
        { headers }
      )
      for (const to_stage of ["scheduled", "in_progress", "completed", "closed"]) {
        await api.post(`/admin/service-orders/${data.service_order.id}/transition`, { to_stage }, { headers })
      }
      return data.service_order.id as string
    }

    it("posting: a failure after its last write (reserving stock) leaves no Medusa order and the service order unposted", async () => {
      const id = await closedOrder()
      await expectNothingChanged(postServiceOrderWorkflowId, reserveInventoryStepId, () => api.post(`/admin/service-orders/${id}/post`, {}, { headers }))
      // And the same request succeeds once nothing fails.
      expect((await api.post(`/admin/service-orders/${id}/post`, {}, { headers })).status).toBe(200)
    })

    it("create: a failure after the one write step leaves no order, line, history, SLA start or used number", async () => {
      await getContainer().resolve(SERVICE_MANAGEMENT_MODULE).createServiceLevelAgreements([
        { code: "STD", name: "Standard", response_minutes: 60, resolution_minutes: 480, timezone: "UTC", working_hours: WEEKDAYS, is_default: true },
      ])
      const body = { customer_id: customerId, title: "Boiler repair", lines: [{ type: "hour", description: "Labour", quantity: 2, unit_price: 85 }] }
      const before = (await api.post("/admin/service-orders", body, { headers })).data.service_order
      await expectNothingChanged(createServiceOrderWorkflowId, createServiceOrderWithHistoryStepId, () => api.post("/admin/service-orders", body, { headers }))
      const { data } = await api.post("/admin/service-orders", body, { headers })
      // The number was given back, and the order written whole.
      expect([data.service_order.display_id, data.service_order.lines.length, data.service_order.revenue_total]).toEqual([before.display_id + 1, 1, 170])
      expect(data.service_order.sla_id).toEqual(expect.any(String))
    })

    it("line changes: a failure after the one write step (lines and totals) leaves the order's lines and totals as they were", async () => {
      const body = { customer_id: customerId, title: "Boiler repair", lines: [{ type: "hour", description: "Labour", quantity: 2, unit_price: 85 }] }
      const order = (await api.post("/admin/service-orders", body, { headers })).data.service_order
      const lines = `/admin/service-orders/${order.id}/lines`
      const [labour] = order.lines
      await expectNothingChanged(addServiceOrderLinesWorkflowId, changeServiceOrderLinesStepId, () =>
        api.post(lines, { lines: [{ type: "item", description: "Valve", quantity: 1, unit_price: 30 }] }, { headers })
      )
      await expectNothingChanged(updateServiceOrderLineWorkflowId, changeServiceOrderLinesStepId, () => api.post(`${lines}/${labour.id}`, { quantity: 3, billable: false }, { headers }))
      await expectNothingChanged(deleteServiceOrderLinesWorkflowId, changeServiceOrderLinesStepId, () => api.delete(`${lines}/${labour.id}`, { headers }))
    })

    it("generation: a failure after its one write (orders, claims and the agreement's cursor) leaves no claim, order, line, history, SLA start, used number or cursor", async () => {
      await getContainer().resolve(SERVICE_MANAGEMENT_MODULE).createServiceLevelAgreements([
        { code: "STD", name: "Standard", response_minutes: 60, resolution_minutes: 480, timezone: "UTC", working_hours: WEEKDAYS, is_default: true },
      ])
      const line = { type: "hour", description: "Inspection", quantity: 2, unit_price: 90, unit_cost: 40, recurrence: "FREQ=MONTHLY;BYMONTHDAY=1" }
      const agreement = await activeAgreement(line, "2026-09-01T00:00:00.000Z")
      const generate = () => api.post(`/admin/service-agreements/${agreement.id}/generate-orders`, { until: "2026-11-15T00:00:00.000Z" }, { headers })
      await expectNothingChanged(generateAgreementOrdersWorkflowId, writeGeneratedOrdersStepId, generate)
      // The same request generates the three occurrences whole, numbered from the first number again.
      const { data } = await generate()
      expect(data.count).toBe(3)
      const orders = (await api.get(`/admin/service-orders?agreement_id=${agreement.id}&order=display_id`, { headers })).data.service_orders
      expect(orders.map((o: any) => [o.display_id, o.revenue_total, typeof o.sla_id])).toEqual([
        [1, 180, "string"],
        [2, 180, "string"],
        [3, 180, "string"],
      ])
    })

    it("completion: a failure after the allowance draw gives it back and leaves the order in its stage", async () => {
      const line = { type: "fee", description: "Visits", quantity: 1, unit_price: 0, allowance_quantity: 2, allowance_unit: "visit", allowance_period: "year", overage_unit_price: 50 }
      const agreement = await activeAgreement(line, "2026-01-01T00:00:00.000Z")
      const order = (await api.post("/admin/service-orders", { customer_id: customerId, agreement_id: agreement.id, title: "Visit" }, { headers })).data.service_order
      await api.post(`/admin/service-orders/${order.id}/transition`, { to_stage: "in_progress" }, { headers })
      await expectNothingChanged(transitionServiceOrderWorkflowId, consumeAllowancesStepId, () =>
        api.post(`/admin/service-orders/${order.id}/transition`, { to_stage: "completed" }, { headers })
      )
      expect((await api.post(`/admin/service-orders/${order.id}/transition`, { to_stage: "completed" }, { headers })).status).toBe(200)
      const balance = (await api.get(`/admin/service-agreements/${agreement.id}`, { headers })).data.service_agreement.lines[0].allowance_balance
      expect(balance).toEqual(expect.objectContaining({ used: 1, remaining: 1 }))
    })

    it("assignment: a failure after the assignment is written leaves no assignment", async () => {
      const technician = (
        await api.post("/admin/technicians", { first_name: "Tom", last_name: "Tech", timezone: "UTC", working_hours: WEEKDAYS }, { headers })
      ).data.technician
      const order = (await api.post("/admin/service-orders", { customer_id: customerId, title: "Boiler check" }, { headers })).data.service_order
      const body = { technician_id: technician.id, starts_at: "2026-11-23T09:00:00.000Z", ends_at: "2026-11-23T11:00:00.000Z" }
      await expectNothingChanged(createAssignmentWorkflowId, createAssignmentStepId, () =>
        api.post(`/admin/service-orders/${order.id}/assignments`, body, { headers })
      )
      expect((await api.post(`/admin/service-orders/${order.id}/assignments`, body, { headers })).status).toBe(200)
    })

    it("return receipt: a failure after its last write (the return moved into repair) leaves Medusa's return, the repair order and its number as they were", async () => {
      const { orderId, lineId } = await placeFulfilledOrder(getContainer(), catalog, { customer_id: customerId, email: "jane@example.com", quantity: 1 })
      const item = { order_line_item_id: lineId, quantity: 1, disposition: "repair_and_return", serial_number: "SN-1" }
      const created = (await api.post("/admin/service-returns", { order_id: orderId, items: [item] }, { headers })).data.service_return
      await api.post(`/admin/service-returns/${created.id}/approve`, {}, { headers })
      await expectNothingChanged(receiveServiceReturnWorkflowId, startServiceReturnRepairStepId, () =>
        api.post(`/admin/service-returns/${created.id}/receive`, {}, { headers })
      )
      const received = (await api.post(`/admin/service-returns/${created.id}/receive`, {}, { headers })).data.service_return
      expect(received.status).toBe("in_repair")
      // The undone repair order gave its number back: the one made now is the first.
      const repairOrder = (await api.get(`/admin/service-orders/${received.service_order_id}`, { headers })).data.service_order
      expect(repairOrder.display_id).toBe(1)
    })

    it("replacement receipt: a failure after the claim is confirmed (in the return's status move) leaves no Medusa claim, order change or claim item, and Medusa's return as it was", async () => {
      const { orderId, lineId } = await placeFulfilledOrder(getContainer(), catalog, { customer_id: customerId, email: "jane@example.com", quantity: 1 })
      const item = { order_line_item_id: lineId, quantity: 1, disposition: "replace" }
      const created = (await api.post("/admin/service-returns", { order_id: orderId, items: [item] }, { headers })).data.service_return
      await api.post(`/admin/service-returns/${created.id}/approve`, {}, { headers })
      await expectNothingChanged(receiveServiceReturnWorkflowId, settleServiceReturnDispositionsStepId, () =>
        api.post(`/admin/service-returns/${created.id}/receive`, {}, { headers })
      )
      const received = (await api.post(`/admin/service-returns/${created.id}/receive`, {}, { headers })).data.service_return
      expect(received.replacement_claim_id).toEqual(expect.any(String))
    })

    // A billing run invoices each customer × currency in its own workflow, committed on its own
    // (invoice-due-fee-transactions has no compensation by design: what was invoiced stays
    // invoiced, the next run settles the rest); the all-or-nothing unit is that invoice.
    describe("billing", () => {
      const subscribe = () =>
        api.post(
          "/admin/service-subscriptions",
          { customer_id: customerId, description: "Care plan", amount: 31, currency_code: "eur", frequency: "monthly", start_date: "2027-01-01" },
          { headers }
        )

      it("a failure after an invoice's last write (settling the fees) leaves no order and the fees pending", async () => {
        await subscribe()
        const before = await databaseSnapshot(getContainer())
        const { restore } = failAfterStep(invoiceFeeTransactionsWorkflowId, settleInvoicedFeeTransactionsStepId)
        let res: any
        try {
          res = await err(api.post("/admin/subscription-billing-runs", { as_of: "2027-03-15" }, { headers }))
        } finally {
          restore()
        }
        // The run itself completes and records the customer's failure; besides its own rows (the
        // run, the fees it created, the subscription's billing cursor) nothing changed: no order.
        expect(res.status).toBe(200)
        expect(JSON.stringify(res.data)).toContain(`Injected failure after ${settleInvoicedFeeTransactionsStepId}`)
        const runOwnTables = ["service_billing_run", "service_subscription_fee_transaction", "service_subscription_cursor"]
        const changed = snapshotDifferences(before, await databaseSnapshot(getContainer())).filter((d) => !runOwnTables.includes(d.split(":")[0]))
        expect(changed).toEqual([])
        const service = getContainer().resolve(SERVICE_MANAGEMENT_MODULE)
        const fees = await service.listServiceSubscriptionFeeTransactions({})
        expect(fees.length).toBeGreaterThan(0)
        expect(fees.every((f: any) => f.status === "pending" && !f.order_id)).toBe(true)
      })

      it("create: a failure after the subscription is written leaves no subscription, cursor or used number", async () => {
        await expectNothingChanged(createServiceSubscriptionWorkflowId, createServiceSubscriptionsStepId, subscribe)
      })

      it("pause: a failure after its last write leaves the subscription, its billing cursor and its fees as they were", async () => {
        const sub = (await subscribe()).data.service_subscription
        await api.post("/admin/subscription-billing-runs", { as_of: "2027-03-15" }, { headers })
        await expectNothingChanged(changeServiceSubscriptionStatusWorkflowId, deleteFeeTransactionsStepId, () =>
          api.post(`/admin/service-subscriptions/${sub.id}/pause`, { from: "2027-02-10" }, { headers })
        )
      })
    })
  },
})
