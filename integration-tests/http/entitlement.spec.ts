import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { createAdmin, createPublishableKey, createStoreCustomer } from "../helpers/auth"
import { queriesOf } from "../helpers/query-count"

jest.setTimeout(240000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let alice: Awaited<ReturnType<typeof createStoreCustomer>>
    let bob: Awaited<ReturnType<typeof createStoreCustomer>>
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const day = 86400000
    const entitlement = async (id: string) => (await api.get(`/admin/service-objects/${id}/entitlement`, { headers })).data.entitlement
    const object = async (over: Record<string, unknown>) =>
      ((await service().createServiceObjects([{ name: "Heat pump", customer_id: alice.customer.id, ...over }] as any)) as unknown as { id: string }[])[0]

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers } = await createAdmin(container))
      const key = await createPublishableKey(container)
      alice = await createStoreCustomer(container, "alice@example.com", key)
      bob = await createStoreCustomer(container, "bob@example.com", key)
    })

    describe("Entitlement", () => {
      it("answers under warranty with the term's coverage and remedies, and what each option costs", async () => {
        const [term] = (await service().createServiceWarrantyTerms([{ product_id: "prod_x", duration_months: 24, labour_coverage_percent: 100, parts_coverage_percent: 50, remedies: ["repair", "replace"], transferable: true }] as any)) as unknown as any[]
        const o = await object({ warranty_term_id: term.id, warranty_end: new Date(Date.now() + 100 * day) })
        const e = await entitlement(o.id)
        expect(e.warranty).toEqual(expect.objectContaining({ under_warranty: true, term_id: term.id, parts_coverage_percent: 50, labour_coverage_percent: 100, remedies: ["repair", "replace"], transferable: true }))
        expect(e.agreement).toEqual({ covered: false, agreements: [] })
        const byKind = Object.fromEntries(e.options.map((x: any) => [x.kind, x]))
        expect(byKind.on_site_visit).toEqual({ kind: "on_site_visit", available: true, cost: 0, basis: "warranty" })
        expect(byKind.replacement).toEqual({ kind: "replacement", available: true, cost: 0, basis: "warranty" })
        expect(byKind.paid_repair).toEqual(expect.objectContaining({ available: true, basis: "paid" }))
      })

      const visitsAYear = { allowance_quantity: 4, allowance_unit: "visit", allowance_period: "year", overage_unit_price: 90 }

      it("answers out of warranty (expired, or ended by a return) and covered by an active agreement's line for the object", async () => {
        const expired = await object({ warranty_end: new Date(Date.now() - day) })
        const returned = await object({ warranty_end: new Date(Date.now() + 100 * day), warranty_ended_at: new Date(), warranty_end_reason: "returned" })
        for (const id of [expired.id, returned.id]) {
          const e = await entitlement(id)
          expect(e.warranty.under_warranty).toBe(false)
          expect(e.options.find((x: any) => x.kind === "replacement")).toEqual(expect.objectContaining({ available: false }))
          expect(e.options.find((x: any) => x.kind === "on_site_visit").basis).toBe("paid")
        }
        expect((await entitlement(returned.id)).warranty).toEqual(expect.objectContaining({ end_reason: "returned", ended_at: expect.any(String) }))

        const [agreement] = await service().createNumberedServiceAgreements([
          { name: "Care plan", customer_id: alice.customer.id, currency_code: "eur", valid_from: new Date(Date.now() - day), status: "active" } as any,
        ])
        const [line] = (await service().createServiceAgreementLines([{ agreement_id: agreement.id, type: "hour", description: "Yearly check", quantity: 1, unit_price: 0, service_object_id: expired.id, ...visitsAYear }] as any)) as unknown as any[]
        const covered = await entitlement(expired.id)
        expect(covered.agreement.covered).toBe(true)
        expect(covered.agreement.agreements).toEqual([expect.objectContaining({ id: agreement.id, lines: [expect.objectContaining({ id: line.id, description: "Yearly check", allowance: expect.objectContaining({ unit: "visit", allowance: 4, used: 0, remaining: 4 }) })] })])
        expect(covered.options.find((x: any) => x.kind === "on_site_visit")).toEqual({ kind: "on_site_visit", available: true, cost: 0, basis: "agreement" })
        // A line for another object does not cover this one.
        expect((await entitlement(returned.id)).agreement.covered).toBe(false)
      })

      it("answers the owner in the store without internal fields, 404 to another customer and to nobody signed in", async () => {
        const [term] = (await service().createServiceWarrantyTerms([{ product_id: "prod_y", duration_months: 12, remedies: ["repair"] }] as any)) as unknown as any[]
        const o = await object({ warranty_term_id: term.id, warranty_end: new Date(Date.now() + 10 * day) })
        const mine = (await api.get(`/store/service-objects/${o.id}/entitlement`, { headers: alice.headers })).data.entitlement
        expect(mine.warranty.under_warranty).toBe(true)
        expect(mine.warranty).not.toHaveProperty("term_id")
        expect(JSON.stringify(mine)).not.toContain(term.id)
        expect((await err(api.get(`/store/service-objects/${o.id}/entitlement`, { headers: bob.headers }))).status).toBe(404)
        expect((await err(api.get(`/store/service-objects/sobj_missing/entitlement`, { headers: alice.headers }))).status).toBe(404)
        expect((await err(api.get(`/store/service-objects/${o.id}/entitlement`, { headers: { "x-publishable-api-key": alice.headers["x-publishable-api-key"] } }))).status).toBe(401)
        expect((await err(api.get(`/admin/service-objects/${o.id}/entitlement`))).status).toBe(401)
        expect((await err(api.get(`/admin/service-objects/sobj_missing/entitlement`, { headers }))).status).toBe(404)
        expect((await err(api.get(`/admin/service-objects/${o.id}/entitlement?x=1`, { headers }))).status).toBe(400)
      })

      it("names the SLA a new order would get: the covering agreement's, else the customer group's, else the default", async () => {
        const o = await object({ warranty_end: new Date(Date.now() - day) })
        const sla = (code: string, over: Record<string, unknown> = {}) =>
          service().createServiceLevelAgreements([{ code, name: code, response_minutes: 60, resolution_minutes: 480, timezone: "UTC", working_hours: {}, ...over }] as any)
        expect((await entitlement(o.id)).sla).toBeNull()
        await sla("DEFAULT", { is_default: true })
        expect((await entitlement(o.id)).sla).toEqual({ id: expect.any(String), code: "DEFAULT", name: "DEFAULT", response_minutes: 60, resolution_minutes: 480 })

        const customers = getContainer().resolve(Modules.CUSTOMER)
        const vip = await customers.createCustomerGroups({ name: "VIP" })
        const [group] = (await sla("VIP", { response_minutes: 30 })) as unknown as { id: string }[]
        await service().createSlaCustomerGroups([{ customer_group_id: vip.id, sla_id: group.id }] as any)
        expect((await entitlement(o.id)).sla.code).toBe("DEFAULT")
        await customers.addCustomerToGroup({ customer_id: alice.customer.id, customer_group_id: vip.id })
        expect((await entitlement(o.id)).sla.code).toBe("VIP")

        const [contract] = (await sla("CONTRACT", { response_minutes: 15 })) as unknown as { id: string }[]
        const [agreement] = await service().createNumberedServiceAgreements([
          { name: "Care plan", customer_id: alice.customer.id, currency_code: "eur", valid_from: new Date(Date.now() - day), status: "active", sla_id: contract.id } as any,
        ])
        await service().createServiceAgreementLines([{ agreement_id: agreement.id, type: "fee", description: "Cover", quantity: 1, unit_price: 0 }] as any)
        expect((await entitlement(o.id)).sla).toEqual(expect.objectContaining({ code: "CONTRACT", response_minutes: 15 }))
        // An inactive SLA is passed over.
        await service().updateServiceLevelAgreements({ id: contract.id, is_active: false })
        expect((await entitlement(o.id)).sla.code).toBe("VIP")
      })

      it("uses the same number of queries for an object with no history as for one with many agreements and lines", async () => {
        const o = await object({ warranty_end: new Date(Date.now() + day) })
        const count = async () => {
          const { n, answer } = await queriesOf(getContainer(), () => api.get(`/admin/service-objects/${o.id}/entitlement`, { headers }))
          expect(answer.status).toBe(200)
          return n
        }
        const agreementWithLines = async (lines: number) => {
          const [a] = await service().createNumberedServiceAgreements([{ name: "Plan", customer_id: alice.customer.id, currency_code: "eur", valid_from: new Date(Date.now() - day), status: "active" } as any])
          await service().createServiceAgreementLines(Array.from({ length: lines }, (_, i) => ({ agreement_id: a.id, type: "hour", description: `Line ${i}`, quantity: 1, unit_price: 0, service_object_id: o.id, ...visitsAYear })) as any)
        }
        await agreementWithLines(1)
        const small = await count()
        for (let i = 0; i < 5; i++) {
          await agreementWithLines(4)
        }
        const large = await count()
        expect(small).toBeGreaterThan(0)
        expect(large).toBe(small)
      })
    })
  },
})
