import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { createAdmin, createAdminWithRole } from "../helpers/auth"
import { createCatalog } from "../helpers/commerce"

jest.setTimeout(240000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let catalog: Awaited<ReturnType<typeof createCatalog>>
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)
    const service = () => getContainer().resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const term = (body: Record<string, unknown>) => ({ duration_months: 24, remedies: ["repair", "replace"], ...body })

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers } = await createAdmin(container))
      catalog = await createCatalog(container)
    })

    describe("Warranty terms", () => {
      it("creates a product term and a variant override, lists them by product or variant, edits and deletes", async () => {
        const product = (await api.post("/admin/warranty-terms", term({ product_id: catalog.product.id, start_basis: "delivered", labour_coverage_percent: 50 }), { headers })).data.warranty_term
        expect(product).toEqual(
          expect.objectContaining({
            product_id: catalog.product.id,
            variant_id: null,
            duration_months: 24,
            start_basis: "delivered",
            parts_coverage_percent: 100,
            labour_coverage_percent: 50,
            remedies: ["repair", "replace"],
            transferable: false,
          })
        )
        const variant = (await api.post("/admin/warranty-terms", term({ variant_id: catalog.variant.id, duration_months: 36, remedies: ["refund"], transferable: true }), { headers })).data.warranty_term
        expect(variant).toEqual(expect.objectContaining({ variant_id: catalog.variant.id, product_id: null, start_basis: "placed" }))

        const byProduct = (await api.get(`/admin/warranty-terms?product_id=${catalog.product.id}`, { headers })).data
        expect(byProduct).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 50 }))
        expect(byProduct.warranty_terms[0].id).toBe(product.id)
        expect((await api.get(`/admin/warranty-terms?variant_id=${catalog.variant.id}`, { headers })).data.warranty_terms.map((t: any) => t.id)).toEqual([variant.id])

        const edited = (await api.post(`/admin/warranty-terms/${product.id}`, { duration_months: 12, parts_coverage_percent: 80 }, { headers })).data.warranty_term
        expect(edited).toEqual(expect.objectContaining({ duration_months: 12, parts_coverage_percent: 80, labour_coverage_percent: 50 }))
        expect(await api.delete(`/admin/warranty-terms/${product.id}`, { headers }).then((r) => r.data)).toEqual({ id: product.id, object: "warranty_term", deleted: true })
        expect((await err(api.get(`/admin/warranty-terms/${product.id}`, { headers }))).status).toBe(404)
        // Deleted, the product may be given a new term.
        expect((await api.post("/admin/warranty-terms", term({ product_id: catalog.product.id }), { headers })).status).toBe(200)
      })

      it("refuses bad input with a 4xx that names the problem and writes nothing", async () => {
        const cases: [Record<string, unknown>, number, RegExp][] = [
          [term({ product_id: catalog.product.id, parts_coverage_percent: 101 }), 400, /parts_coverage_percent/],
          [term({ product_id: catalog.product.id, labour_coverage_percent: -1 }), 400, /labour_coverage_percent/],
          [term({ product_id: catalog.product.id, duration_months: -6 }), 400, /duration_months/],
          [term({ product_id: catalog.product.id, duration_months: 0 }), 400, /duration_months/],
          [term({ product_id: catalog.product.id, duration_months: 601 }), 400, /duration_months/],
          [term({ product_id: catalog.product.id, remedies: [] }), 400, /remedies/],
          [term({ product_id: catalog.product.id, remedies: ["repair", "repair"] }), 400, /remedies/],
          [term({ product_id: catalog.product.id, remedies: ["pray"] }), 400, /remedies/],
          [term({ product_id: catalog.product.id, start_basis: "paid" }), 400, /start_basis/],
          [term({ product_id: catalog.product.id, variant_id: catalog.variant.id }), 400, /either product_id or variant_id/],
          [term({}), 400, /either product_id or variant_id/],
          [term({ product_id: catalog.product.id, colour: "red" }), 400, /colour/],
          [term({ product_id: "prod_missing" }), 404, /product prod_missing does not exist/],
          [term({ variant_id: "variant_missing" }), 404, /product variant variant_missing does not exist/],
        ]
        for (const [body, status, message] of cases) {
          const res = await err(api.post("/admin/warranty-terms", body, { headers }))
          expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status])
          expect(res.data.message).toMatch(message)
        }
        expect(await service().listServiceWarrantyTerms({})).toEqual([])

        const created = (await api.post("/admin/warranty-terms", term({ product_id: catalog.product.id }), { headers })).data.warranty_term
        const twice = await err(api.post("/admin/warranty-terms", term({ product_id: catalog.product.id }), { headers }))
        expect(twice.status).toBe(422)
        expect(twice.data.message).toMatch(`already has warranty term ${created.id}`)
        for (const body of [{ parts_coverage_percent: 150 }, { product_id: "prod_other" }, {}]) {
          expect((await err(api.post(`/admin/warranty-terms/${created.id}`, body, { headers }))).status).toBe(400)
        }
        expect((await err(api.post("/admin/warranty-terms/swty_missing", { duration_months: 3 }, { headers }))).status).toBe(404)
        expect((await err(api.delete("/admin/warranty-terms/swty_missing", { headers }))).status).toBe(404)
        const [kept] = await service().listServiceWarrantyTerms({})
        expect(kept).toEqual(expect.objectContaining({ id: created.id, duration_months: 24, parts_coverage_percent: 100 }))
      })

      it("holds the rules in Postgres too: one owner, coverage 0–100, months 1–600, known remedies, one term per product", async () => {
        const base = { duration_months: 12, remedies: ["repair"] }
        const refused = [
          { ...base, product_id: "prod_a", variant_id: "variant_a" },
          { ...base },
          { ...base, product_id: "prod_a", parts_coverage_percent: 101 },
          { ...base, product_id: "prod_a", duration_months: -1 },
          { ...base, product_id: "prod_a", remedies: [] },
          { ...base, product_id: "prod_a", remedies: ["pray"] },
        ]
        for (const row of refused) {
          await expect(service().createServiceWarrantyTerms(row as any)).rejects.toThrow()
        }
        await service().createServiceWarrantyTerms({ ...base, product_id: "prod_a" } as any)
        await expect(service().createServiceWarrantyTerms({ ...base, product_id: "prod_a" } as any)).rejects.toThrow()
        expect(await service().listServiceWarrantyTerms({})).toHaveLength(1)
      })

      it("answers 401 without a session and 403 to a role that may not change settings", async () => {
        expect((await err(api.get("/admin/warranty-terms"))).status).toBe(401)
        const { headers: dispatcher } = await createAdminWithRole(getContainer(), "dispatcher@test.dev", "dispatcher")
        expect((await api.get("/admin/warranty-terms", { headers: dispatcher })).status).toBe(200)
        const refused = await err(api.post("/admin/warranty-terms", term({ product_id: catalog.product.id }), { headers: dispatcher }))
        expect(refused.status).toBe(403)
        expect(await service().listServiceWarrantyTerms({})).toEqual([])
      })
    })
  },
})
