import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { ServiceNotificationTemplates as T } from "../../src/notifications/customer-notifications"
import { expireServiceEstimates } from "../../src/workflows/estimates/expire-service-estimates"
import { ServiceManagementEvents as E } from "../../src/workflows/events"
import { createAdmin, createAdminWithRole, createPublishableKey, createStoreCustomer } from "../helpers/auth"
import { createCatalog, setDefaultSalesChannel } from "../helpers/commerce"

jest.setTimeout(240000)

const MINUTE = 60 * 1000
const DAY = 24 * 60 * MINUTE
const allWeek = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), [{ start: "00:00", end: "24:00" }]]))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let store: { customer: { id: string }; headers: Record<string, string> }
    let other: { customer: { id: string }; headers: Record<string, string> }
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)
    const future = (days = 14) => new Date(Date.now() + days * DAY).toISOString()

    const createOrder = async () => {
      const { data } = await api.post(
        "/admin/service-orders",
        {
          customer_id: store.customer.id,
          title: "Boiler repair",
          currency_code: "eur",
          lines: [
            { type: "hour", description: "Labour", quantity: 2, unit_price: 85, unit_cost: 40 },
            { type: "fee", description: "Call-out fee", quantity: 1, unit_price: 45, unit_cost: 10 },
            { type: "expense", description: "Travel (goodwill)", quantity: 1, unit_price: 30, billable: false },
          ],
        },
        { headers }
      )
      return data.service_order.id as string
    }
    const sentEstimate = async (id: string) => {
      expect((await api.post(`/admin/service-orders/${id}/estimate`, { valid_until: future() }, { headers })).status).toBe(200)
      const { data } = await api.post(`/admin/service-orders/${id}/estimate/send`, {}, { headers })
      return data
    }
    const answer = (id: string, what: "accept" | "decline", body: Record<string, unknown> = {}, h = store.headers) =>
      err(api.post(`/store/service-orders/${id}/estimate/${what}`, body, { headers: h }))
    const estimateRows = (id: string) => service().listServiceEstimates({ service_order_id: id }, { order: { version: "ASC" } })
    const orderRow = async (id: string) => (await service().listServiceOrders({ id }, { select: ["id", "stage_id", "sla_paused_at", "posted_order_id"] }))[0]
    const medusaOrder = async (orderId: string) =>
      (await getContainer().resolve(Modules.ORDER).listOrders({ id: orderId }, { select: ["id", "status", "is_draft_order"] }))[0]

    beforeEach(async () => {
      const container = getContainer()
      await service().ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
      const catalog = await createCatalog(container)
      await setDefaultSalesChannel(container, catalog.channel.id)
      const key = await createPublishableKey(container)
      store = await createStoreCustomer(container, "owner@example.com", key)
      other = await createStoreCustomer(container, "other@example.com", key)
      await api.post(
        "/admin/service-level-agreements",
        { code: "STD", name: "Standard", response_minutes: 60, resolution_minutes: 480, timezone: "Europe/Amsterdam", working_hours: allWeek, is_default: true },
        { headers }
      )
    })

    it("refuses callers without a login (401) and technicians (403)", async () => {
      const id = await createOrder()
      expect((await err(api.get(`/admin/service-orders/${id}/estimate`))).status).toBe(401)
      expect((await err(api.post(`/store/service-orders/${id}/estimate/accept`, {}, { headers: { "x-publishable-api-key": store.headers["x-publishable-api-key"] } }))).status).toBe(401)
      const tech = await createAdminWithRole(getContainer(), "tech@example.com", "technician")
      expect((await err(api.post(`/admin/service-orders/${id}/estimate`, {}, { headers: tech.headers }))).status).toBe(403)
      const dispatcher = await createAdminWithRole(getContainer(), "dispatch@example.com", "dispatcher")
      expect((await err(api.post(`/admin/service-orders/${id}/estimate`, {}, { headers: dispatcher.headers }))).status).toBe(200)
    })

    it("drafts from the billable lines as a Medusa draft order and sends it; accepting converts it, and posting links that order", async () => {
      const id = await createOrder()
      const drafted = (await api.post(`/admin/service-orders/${id}/estimate`, { valid_until: future() }, { headers })).data
      expect(drafted.estimate).toEqual(expect.objectContaining({ version: 1, status: "draft" }))
      expect(drafted.estimate.order.items.map((i: any) => i.title).sort()).toEqual(["Call-out fee", "Labour"])
      expect(drafted.estimate.order.total).toBe(215)
      expect(await medusaOrder(drafted.estimate.draft_order_id)).toEqual(expect.objectContaining({ status: "draft", is_draft_order: true }))
      expect(drafted.allowed_actions.send.allowed).toBe(true)

      // The customer sees no draft.
      expect((await api.get(`/store/service-orders/${id}`, { headers: store.headers })).data.service_order.estimate).toBeNull()
      const sent = (await api.post(`/admin/service-orders/${id}/estimate/send`, {}, { headers })).data
      expect(sent.estimate.status).toBe("sent")
      expect((await orderRow(id)).sla_paused_at).toBeTruthy()

      const view = (await api.get(`/store/service-orders/${id}`, { headers: store.headers })).data.service_order.estimate
      expect(view).toEqual(expect.objectContaining({ status: "sent", total: 215, can_answer: true, version: 1 }))
      expect(JSON.stringify(view)).not.toMatch(/unit_cost|cost_total|internal_note|sent_by|created_by|draft_order_id/)

      const accepted = await answer(id, "accept", { note: "Go ahead" })
      expect(accepted.status).toBe(200)
      expect(accepted.data.service_order.estimate).toEqual(expect.objectContaining({ status: "accepted", answer_note: "Go ahead", can_answer: false }))
      expect(await medusaOrder(drafted.estimate.draft_order_id)).toEqual(expect.objectContaining({ status: "pending", is_draft_order: false }))
      expect((await orderRow(id)).sla_paused_at).toBeNull()

      for (const to_stage of ["scheduled", "in_progress", "completed", "closed"]) {
        await api.post(`/admin/service-orders/${id}/transition`, { to_stage }, { headers })
      }
      const ordersBefore = await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"] })
      const posted = (await api.post(`/admin/service-orders/${id}/post`, {}, { headers })).data.service_order
      expect(posted.posted_order_id).toBe(drafted.estimate.draft_order_id)
      expect(await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).toHaveLength(ordersBefore.length)
    })

    it("declining resumes the clock and moves the order to the configured stage (cancelled)", async () => {
      const id = await createOrder()
      await sentEstimate(id)
      const declined = await answer(id, "decline", { note: "Too expensive" })
      expect(declined.status).toBe(200)
      expect(declined.data.service_order.estimate.status).toBe("declined")
      expect(declined.data.service_order.stage.code).toBe("cancelled")
      const [transition] = await service().listStageTransitions({ service_order_id: id, to_stage_code: "cancelled" })
      expect(transition).toEqual(expect.objectContaining({ reason_code: "customer_request", actor_type: "customer", note: "Too expensive" }))
      expect((await orderRow(id)).sla_paused_at).toBeNull()
    })

    it("excludes the business minutes the estimate waited from the SLA clock", async () => {
      const id = await createOrder()
      const [start] = await service().listSlaEvents({ service_order_id: id, type: "start" })
      await service().updateSlaEvents([{ id: start.id, occurred_at: new Date(Date.now() - 120 * MINUTE) }])
      await sentEstimate(id)
      const [pause] = await service().listSlaEvents({ service_order_id: id, type: "pause" })
      expect(pause).toEqual(expect.objectContaining({ reason_code: "estimate", source: "system" }))
      await service().updateSlaEvents([{ id: pause.id, occurred_at: new Date(Date.now() - 50 * MINUTE) }])
      expect((await answer(id, "accept")).status).toBe(200)
      const sla = (await api.get(`/admin/service-orders/${id}/sla`, { headers })).data
      // 120 minutes since the start on a 24/7 calendar, 50 of them waiting for the customer.
      expect(sla.clock.resolution.actual_minutes).toBeCloseTo(70, 0)
      expect(sla.clock.paused).toBe(false)
    })

    it("the expiry job marks an unanswered estimate expired once and resumes the SLA clock at its expiry", async () => {
      const id = await createOrder()
      const [start] = await service().listSlaEvents({ service_order_id: id, type: "start" })
      await service().updateSlaEvents([{ id: start.id, occurred_at: new Date(Date.now() - 120 * MINUTE) }])
      const { estimate } = await sentEstimate(id)
      const [pause] = await service().listSlaEvents({ service_order_id: id, type: "pause" })
      await service().updateSlaEvents([{ id: pause.id, occurred_at: new Date(Date.now() - 100 * MINUTE) }])
      const expiry = new Date(Date.now() - 40 * MINUTE)
      await service().updateServiceEstimates([{ id: estimate.id, sent_at: new Date(Date.now() - 100 * MINUTE), valid_until: expiry }])
      const stillValid = await createOrder()
      await sentEstimate(stillValid)

      expect((await expireServiceEstimates(getContainer())).map((e) => e.id)).toEqual([estimate.id])
      // A second run (another process, the next tick) finds nothing left to do.
      expect(await expireServiceEstimates(getContainer())).toEqual([])
      expect((await estimateRows(id)).map((e) => e.status)).toEqual(["expired"])
      expect((await estimateRows(stillValid)).map((e) => e.status)).toEqual(["sent"])
      expect((await orderRow(stillValid)).sla_paused_at).toBeTruthy()

      const resumes = await service().listSlaEvents({ service_order_id: id, type: "resume" })
      expect(resumes.map((r) => [new Date(r.occurred_at).toISOString(), r.source])).toEqual([[expiry.toISOString(), "system"]])
      expect((await orderRow(id)).sla_paused_at).toBeNull()
      const sla = (await api.get(`/admin/service-orders/${id}/sla`, { headers })).data
      // 120 minutes since the start on a 24/7 calendar; the 60 between sending and the expiry are excluded.
      expect(sla.clock.resolution.actual_minutes).toBeCloseTo(60, 0)
      expect(sla.clock.paused).toBe(false)
      const late = await answer(id, "accept")
      expect(late.status).toBe(409)
      expect(late.data.message).toMatch(/expired on/)
    })

    it("refuses an answer to an already answered or expired estimate with a 409, changing nothing", async () => {
      const id = await createOrder()
      await sentEstimate(id)
      expect((await answer(id, "accept")).status).toBe(200)
      const before = JSON.stringify(await estimateRows(id))
      const again = await answer(id, "decline", { note: "changed my mind" })
      expect(again.status).toBe(409)
      expect(again.data.message).toMatch(/already accepted/)
      expect(JSON.stringify(await estimateRows(id))).toBe(before)

      const late = await createOrder()
      const sent = await sentEstimate(late)
      await service().updateServiceEstimates([{ id: sent.estimate.id, valid_until: new Date(Date.now() - MINUTE) }])
      const rowsBefore = JSON.stringify(await estimateRows(late))
      const stageBefore = (await orderRow(late)).stage_id
      const expired = await answer(late, "accept")
      expect(expired.status).toBe(409)
      expect(expired.data.message).toMatch(/expired on/)
      expect(JSON.stringify(await estimateRows(late))).toBe(rowsBefore)
      expect((await orderRow(late)).stage_id).toBe(stageBefore)
      expect(await medusaOrder(sent.estimate.draft_order_id)).toEqual(expect.objectContaining({ status: "draft" }))
    })

    it("answers another customer's order like a missing one (404)", async () => {
      const id = await createOrder()
      await sentEstimate(id)
      const before = JSON.stringify(await estimateRows(id))
      expect((await answer(id, "accept", {}, other.headers)).status).toBe(404)
      expect((await answer("sord_missing", "accept")).status).toBe(404)
      expect(JSON.stringify(await estimateRows(id))).toBe(before)
    })

    it("refuses bad input with a 400: unknown keys, a past valid_until, sending without a draft", async () => {
      const id = await createOrder()
      expect((await err(api.post(`/admin/service-orders/${id}/estimate/send`, {}, { headers }))).status).toBe(400)
      expect((await err(api.post(`/admin/service-orders/${id}/estimate`, { valid_until: "2000-01-01" }, { headers }))).status).toBe(400)
      expect((await err(api.post(`/admin/service-orders/${id}/estimate`, { total: 1 }, { headers }))).status).toBe(400)
      expect((await answer(id, "accept", { note: 5 })).status).toBe(400)
      expect(await estimateRows(id)).toHaveLength(0)
    })

    it("a new version after acceptance supersedes it, cancels its order and needs a new acceptance", async () => {
      const id = await createOrder()
      const first = await sentEstimate(id)
      expect((await answer(id, "accept")).status).toBe(200)
      const redrafted = (await api.post(`/admin/service-orders/${id}/estimate`, { valid_until: future() }, { headers })).data
      expect(redrafted.estimate).toEqual(expect.objectContaining({ version: 2, status: "draft" }))
      expect(redrafted.versions.map((v: any) => [v.version, v.status])).toEqual([[2, "draft"], [1, "superseded"]])
      expect(await medusaOrder(first.estimate.draft_order_id)).toEqual(expect.objectContaining({ status: "canceled" }))
      await api.post(`/admin/service-orders/${id}/estimate/send`, {}, { headers })
      expect((await answer(id, "accept")).status).toBe(200)
    })

    it("notifies the customer when an estimate is sent, accepted and declined, without costs", async () => {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const notified = (template: string) => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template })
      /** Runs `action` and waits until every subscriber of `event` has finished with it. */
      const andWait = async <R>(event: string, action: () => Promise<R>) => {
        const done = TestEventUtils.waitSubscribersExecution(event, eventBus)
        const result = await action()
        await done
        return result
      }
      const accepted = await createOrder()
      await andWait(E.SERVICE_ORDER_ESTIMATE_SENT, () => sentEstimate(accepted))
      const [sent] = await notified(T.ESTIMATE_SENT)
      expect(sent).toEqual(expect.objectContaining({ to: "owner@example.com", resource_id: accepted, status: "success" }))
      expect(sent.data?.estimate).toEqual(expect.objectContaining({ status: "sent", total: 215, can_answer: true }))
      expect(JSON.stringify(sent.data)).not.toMatch(/unit_cost|cost_total|internal_note/)

      await andWait(E.SERVICE_ORDER_ESTIMATE_ACCEPTED, () => answer(accepted, "accept", { note: "Go ahead" }))
      expect((await notified(T.ESTIMATE_ACCEPTED)).map((n: any) => [n.resource_id, n.data.estimate.status])).toEqual([[accepted, "accepted"]])

      const declined = await createOrder()
      await andWait(E.SERVICE_ORDER_ESTIMATE_SENT, () => sentEstimate(declined))
      await andWait(E.SERVICE_ORDER_ESTIMATE_DECLINED, () => answer(declined, "decline", { note: "Too dear" }))
      expect((await notified(T.ESTIMATE_DECLINED)).map((n: any) => [n.resource_id, n.data.estimate.answer_note])).toEqual([[declined, "Too dear"]])
      expect(await notified(T.ESTIMATE_SENT)).toHaveLength(2)
    })
  },
})
