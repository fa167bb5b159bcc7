import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin } from "../helpers/auth"

jest.setTimeout(240000)

// `allowed_actions` on detail answers must say what the action's own route then does: an allowed
// action succeeds, a refused one answers with exactly the reason given.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let customerId: string
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers } = await createAdmin(container))
      customerId = (await container.resolve(Modules.CUSTOMER).createCustomers({ email: "aa@example.com", first_name: "Ann" })).id
    })

    it("service order: the stage's rules, refused with the message POST /post answers", async () => {
      const order = (await api.post("/admin/service-orders", { customer_id: customerId, title: "Noisy pump" }, { headers })).data.service_order
      const { allowed_actions } = (await api.get(`/admin/service-orders/${order.id}?fields=id`, { headers })).data.service_order
      expect(allowed_actions.edit).toEqual({ allowed: true })
      expect(allowed_actions.post.allowed).toBe(false)
      const posted = await err(api.post(`/admin/service-orders/${order.id}/post`, {}, { headers }))
      expect(posted.status).toBe(400)
      expect(posted.data.message).toBe(allowed_actions.post.reason)
    })

    it("service agreement: activation needs lines, with the message POST /activate answers", async () => {
      const agreement = (
        await api.post(
          "/admin/service-agreements",
          { customer_id: customerId, name: "Care", valid_from: new Date().toISOString(), currency_code: "eur", lines: [] },
          { headers }
        )
      ).data.service_agreement
      const { allowed_actions } = (await api.get(`/admin/service-agreements/${agreement.id}`, { headers })).data.service_agreement
      expect(allowed_actions.activate.allowed).toBe(false)
      expect(allowed_actions.cancel).toEqual({ allowed: true })
      expect(allowed_actions.edit).toEqual({ allowed: true })
      const activate = await err(api.post(`/admin/service-agreements/${agreement.id}/activate`, {}, { headers }))
      expect(activate.status).toBe(400)
      expect(activate.data.message).toBe(allowed_actions.activate.reason)
      expect((await api.post(`/admin/service-agreements/${agreement.id}/cancel`, {}, { headers })).status).toBe(200)
      const cancelled = (await api.get(`/admin/service-agreements/${agreement.id}`, { headers })).data.service_agreement
      expect(Object.values(cancelled.allowed_actions).every((a: any) => !a.allowed)).toBe(true)
    })

    it("service subscription: resume is refused while active, with the message POST /resume answers", async () => {
      const sub = (
        await api.post(
          "/admin/service-subscriptions",
          { customer_id: customerId, description: "Care plan", amount: 30, currency_code: "eur", frequency: "monthly", start_date: "2027-01-01" },
          { headers }
        )
      ).data.service_subscription
      const { allowed_actions } = (await api.get(`/admin/service-subscriptions/${sub.id}`, { headers })).data.service_subscription
      expect(allowed_actions.pause).toEqual({ allowed: true })
      expect(allowed_actions.cancel).toEqual({ allowed: true })
      // The answer counts from the earliest day an action could take effect: here the start.
      const resume = await err(api.post(`/admin/service-subscriptions/${sub.id}/resume`, { from: "2027-01-01" }, { headers }))
      expect(resume.status).toBe(400)
      expect(resume.data.message).toBe(allowed_actions.resume.reason)
      expect((await api.post(`/admin/service-subscriptions/${sub.id}/pause`, { from: "2027-01-01" }, { headers })).status).toBe(200)
      const paused = (await api.get(`/admin/service-subscriptions/${sub.id}`, { headers })).data.service_subscription
      expect(paused.allowed_actions.resume).toEqual({ allowed: true })
      expect(paused.allowed_actions.pause.allowed).toBe(false)
    })
  },
})
