import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { createAdmin } from "../helpers/auth"
import { createCatalog } from "../helpers/commerce"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let catalog: Awaited<ReturnType<typeof createCatalog>>
    let customer: { id: string }
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)

    beforeEach(async () => {
      const container = getContainer()
      await container.resolve(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
      catalog = await createCatalog(container)
      customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "bom@example.com" })
    })

    const createBom = async () =>
      (await api.post("/admin/boms", { product_id: catalog.product.id, name: "HP-200 BOM" }, { headers })).data.bom
    const createVersion = async (bomId: string, body: Record<string, unknown>) =>
      (await api.post(`/admin/boms/${bomId}/versions`, body, { headers })).data.bom_version
    const approve = (bomId: string, vid: string) => api.post(`/admin/boms/${bomId}/versions/${vid}/approve`, {}, { headers })
    const version = async (bomId: string, vid: string) =>
      (await api.get(`/admin/boms/${bomId}/versions/${vid}`, { headers })).data.bom_version
    const components = [
      { title: "Compressor", part_number: "CMP-1", quantity: 1, position: 10, reference: "C1" },
      { product_variant_id: "", title: "x", quantity: 1 },
    ]

    describe("BOMs", () => {
      it("creates, lists, reads, renames and deletes a BOM", async () => {
        const bom = await createBom()
        expect(bom).toEqual(expect.objectContaining({ product_id: catalog.product.id, variant_id: null, name: "HP-200 BOM", versions: [] }))
        const listed = (await api.get(`/admin/boms?product_id=${catalog.product.id}`, { headers })).data
        expect(listed).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 20 }))
        expect(listed.boms[0].id).toBe(bom.id)
        expect((await api.get(`/admin/boms?product_id=prod_other`, { headers })).data.count).toBe(0)
        const renamed = (await api.post(`/admin/boms/${bom.id}`, { name: "Heat pump BOM" }, { headers })).data.bom
        expect(renamed.name).toBe("Heat pump BOM")
        expect((await api.get(`/admin/boms/${bom.id}`, { headers })).data.bom.name).toBe("Heat pump BOM")
        const variantBom = (
          await api.post("/admin/boms", { product_id: catalog.product.id, variant_id: catalog.variant.id, name: "8 kW" }, { headers })
        ).data.bom
        expect(variantBom.variant_id).toBe(catalog.variant.id)
        // The product and variant are read through the read-only links.
        const both = (await api.get(`/admin/boms?product_id=${catalog.product.id}&order=name`, { headers })).data.boms
        expect(both.map((b: any) => [b.product?.title, b.variant?.title ?? null])).toEqual([
          ["Heat pump HP-200", "8 kW"],
          ["Heat pump HP-200", null],
        ])
        expect(await api.delete(`/admin/boms/${bom.id}`, { headers }).then((r) => r.data)).toEqual({ id: bom.id, object: "bom", deleted: true })
        expect((await err(api.get(`/admin/boms/${bom.id}`, { headers }))).status).toBe(404)
      })

      it("refuses bad BOMs with a 4xx and creates nothing", async () => {
        await createBom()
        const bad = [
          {},
          { product_id: catalog.product.id },
          { product_id: catalog.product.id, name: "x", surprise: true },
          { product_id: catalog.product.id, name: "" },
        ]
        for (const body of bad) {
          expect((await err(api.post("/admin/boms", body, { headers }))).status).toBe(400)
        }
        expect((await err(api.post("/admin/boms", { product_id: "prod_missing", name: "x" }, { headers }))).status).toBe(404)
        expect(
          (await err(api.post("/admin/boms", { product_id: catalog.product.id, variant_id: "variant_missing", name: "x" }, { headers }))).status
        ).toBe(404)
        // A second product-level BOM of the same product.
        const duplicate = await err(api.post("/admin/boms", { product_id: catalog.product.id, name: "Again" }, { headers }))
        expect(duplicate.status).toBeGreaterThanOrEqual(400)
        expect(duplicate.status).toBeLessThan(500)
        expect((await api.get("/admin/boms", { headers })).data.count).toBe(1)
        expect((await err(api.get("/admin/boms?order=nope", { headers }))).status).toBe(400)
        expect((await err(api.post(`/admin/boms/sbom_missing`, { name: "x" }, { headers }))).status).toBe(404)
        expect((await err(api.post(`/admin/boms/sbom_missing/versions`, {}, { headers }))).status).toBe(404)
        expect((await err(api.get(`/admin/boms/sbom_missing/versions`, { headers }))).status).toBe(404)
      })

      it("answers 401 without a token", async () => {
        expect((await err(api.get("/admin/boms"))).status).toBe(401)
        expect((await err(api.post("/admin/boms", {}))).status).toBe(401)
        expect((await err(api.post("/admin/boms/x/versions/y/approve", {}))).status).toBe(401)
        expect((await err(api.get("/admin/boms/x/versions/y/diff?against=z"))).status).toBe(401)
      })
    })

    describe("versions and components", () => {
      it("numbers versions, edits drafts' components and copies a version", async () => {
        const bom = await createBom()
        const v1 = await createVersion(bom.id, { valid_from: "2020-01-01T00:00:00Z", description: "First build" })
        expect(v1).toEqual(expect.objectContaining({ version: 1, status: "draft", valid_to: null, components: [] }))
        const withParts = (
          await api.post(`/admin/boms/${bom.id}/versions/${v1.id}/components`, { components: [components[0], { product_variant_id: catalog.variant.id, quantity: 2, position: 20 }] }, { headers })
        ).data.bom_version
        expect(withParts.components).toHaveLength(2)
        const compressor = withParts.components.find((c: any) => c.part_number === "CMP-1")
        const changed = (
          await api.post(`/admin/boms/${bom.id}/versions/${v1.id}/components/${compressor.id}`, { quantity: 2, unit: "pcs" }, { headers })
        ).data.bom_version
        expect(changed.components.find((c: any) => c.id === compressor.id)).toEqual(expect.objectContaining({ quantity: 2, unit: "pcs" }))
        const removed = (await api.delete(`/admin/boms/${bom.id}/versions/${v1.id}/components/${compressor.id}`, { headers })).data
        expect(removed).toEqual(expect.objectContaining({ id: compressor.id, object: "bom_component", deleted: true }))
        expect(removed.parent.components).toHaveLength(1)

        const v2 = await createVersion(bom.id, { copy_from_version_id: v1.id, valid_from: "2024-01-01T00:00:00Z" })
        expect(v2.version).toBe(2)
        expect(v2.components).toEqual([expect.objectContaining({ product_variant_id: catalog.variant.id, quantity: 2, position: 20 })])
        const list = (await api.get(`/admin/boms/${bom.id}/versions`, { headers })).data
        expect(list).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 50 }))
        expect(list.bom_versions.map((v: any) => v.version)).toEqual([2, 1])
        expect((await api.get(`/admin/boms/${bom.id}/versions?status=approved`, { headers })).data.count).toBe(0)

        // Removing a draft keeps its number used.
        expect((await api.delete(`/admin/boms/${bom.id}/versions/${v2.id}`, { headers })).data).toEqual({ id: v2.id, object: "bom_version", deleted: true })
        expect((await createVersion(bom.id, {})).version).toBe(3)
      })

      it("refuses bad version and component input with 400 and changes nothing", async () => {
        const bom = await createBom()
        const v1 = await createVersion(bom.id, { valid_from: "2020-01-01T00:00:00Z" })
        const base = `/admin/boms/${bom.id}/versions/${v1.id}`
        const badVersions = [
          { valid_from: "yesterday" },
          { valid_from: "2020-01-01T00:00:00Z", valid_to: "2019-01-01T00:00:00Z" },
          { surprise: 1 },
        ]
        for (const body of badVersions) {
          expect((await err(api.post(`/admin/boms/${bom.id}/versions`, body, { headers }))).status).toBe(400)
        }
        expect((await err(api.post(`/admin/boms/${bom.id}/versions`, { copy_from_version_id: "sbomv_other" }, { headers }))).status).toBe(400)
        expect((await err(api.post(base, { valid_to: "2019-06-01T00:00:00Z" }, { headers }))).status).toBe(400)
        expect((await err(api.post(base, {}, { headers }))).status).toBe(400)
        const badComponents = [{ components: [] }, { components: [{ quantity: 1 }] }, { components: [{ title: "x", quantity: 0 }] }, { components: [{ title: "x", quantity: 1, nope: 1 }] }]
        for (const body of badComponents) {
          expect((await err(api.post(`${base}/components`, body, { headers }))).status).toBe(400)
        }
        expect((await err(api.post(`${base}/components`, { components: [{ product_variant_id: "variant_missing", quantity: 1 }] }, { headers }))).status).toBe(404)
        expect((await version(bom.id, v1.id)).components).toEqual([])
        expect((await api.get(`/admin/boms/${bom.id}/versions`, { headers })).data.count).toBe(1)
        expect((await err(api.post(`/admin/boms/${bom.id}/versions/${v1.id}/approve`, { surprise: 1 }, { headers }))).status).toBe(400)
        expect((await err(api.get(`${base}/diff`, { headers }))).status).toBe(400)
      })

      it("answers 404 for unknown versions, components and versions of another BOM", async () => {
        const bom = await createBom()
        const v1 = await createVersion(bom.id, {})
        const other = (await api.post("/admin/boms", { product_id: catalog.product.id, variant_id: catalog.variant.id, name: "Other" }, { headers })).data.bom
        for (const call of [
          () => api.get(`/admin/boms/${bom.id}/versions/sbomv_missing`, { headers }),
          () => api.get(`/admin/boms/${other.id}/versions/${v1.id}`, { headers }),
          () => api.post(`/admin/boms/${other.id}/versions/${v1.id}`, { description: "x" }, { headers }),
          () => approve(other.id, v1.id),
          () => api.post(`/admin/boms/${bom.id}/versions/${v1.id}/components/sbomc_missing`, { quantity: 1 }, { headers }),
          () => api.delete(`/admin/boms/${bom.id}/versions/${v1.id}/components/sbomc_missing`, { headers }),
          () => api.get(`/admin/boms/${bom.id}/versions/${v1.id}/diff?against=sbomv_missing`, { headers }),
        ]) {
          expect((await err(call())).status).toBe(404)
        }
        expect((await version(bom.id, v1.id)).status).toBe("draft")
      })

      it("approves, refuses overlapping approvals, keeps approved versions read-only and retires", async () => {
        const bom = await createBom()
        const v1 = await createVersion(bom.id, { valid_from: "2020-01-01T00:00:00Z", valid_to: "2024-01-01T00:00:00Z" })
        await api.post(`/admin/boms/${bom.id}/versions/${v1.id}/components`, { components: [components[0]] }, { headers })
        const approved = (await approve(bom.id, v1.id)).data.bom_version
        expect(approved).toEqual(expect.objectContaining({ status: "approved" }))
        expect(approved.approved_at).toBeTruthy()
        expect(approved.approved_by).toBeTruthy()

        // Approved versions are read-only.
        const part = approved.components[0]
        for (const call of [
          () => api.post(`/admin/boms/${bom.id}/versions/${v1.id}`, { description: "x" }, { headers }),
          () => api.post(`/admin/boms/${bom.id}/versions/${v1.id}/components`, { components: [{ title: "x", quantity: 1 }] }, { headers }),
          () => api.post(`/admin/boms/${bom.id}/versions/${v1.id}/components/${part.id}`, { quantity: 5 }, { headers }),
          () => api.delete(`/admin/boms/${bom.id}/versions/${v1.id}/components/${part.id}`, { headers }),
          () => api.delete(`/admin/boms/${bom.id}/versions/${v1.id}`, { headers }),
          () => approve(bom.id, v1.id),
        ]) {
          const res = await err(call())
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/approved: only draft versions can be changed/)
        }
        const unchanged = await version(bom.id, v1.id)
        expect(unchanged).toEqual(expect.objectContaining({ status: "approved", description: null }))
        expect(unchanged.components).toEqual([expect.objectContaining({ id: part.id, quantity: 1 })])

        // An overlapping approval is refused with a 400 naming the version, and the draft stays a draft.
        const v2 = await createVersion(bom.id, { copy_from_version_id: v1.id, valid_from: "2023-06-01T00:00:00Z" })
        const overlap = await err(approve(bom.id, v2.id))
        expect(overlap.status).toBe(400)
        expect(overlap.data.message).toMatch(/overlaps approved version 1/)
        expect((await version(bom.id, v2.id)).status).toBe("draft")

        // Starting when v1 ends is no overlap (validity is half-open).
        await api.post(`/admin/boms/${bom.id}/versions/${v2.id}`, { valid_from: "2024-01-01T00:00:00Z" }, { headers })
        expect((await approve(bom.id, v2.id)).data.bom_version.status).toBe("approved")

        // Retiring: only approved versions; an open validity is cut to now.
        const v3 = await createVersion(bom.id, { valid_from: "2099-01-01T00:00:00Z" })
        expect((await err(api.post(`/admin/boms/${bom.id}/versions/${v3.id}/retire`, {}, { headers }))).status).toBe(400)
        const retired = (await api.post(`/admin/boms/${bom.id}/versions/${v2.id}/retire`, {}, { headers })).data.bom_version
        expect(retired).toEqual(expect.objectContaining({ status: "retired" }))
        expect(new Date(retired.valid_to).getTime()).toBeLessThanOrEqual(Date.now())
        expect(retired.retired_at).toBeTruthy()
        expect((await err(api.post(`/admin/boms/${bom.id}/versions/${v2.id}/retire`, {}, { headers }))).status).toBe(400)
      })

      it("supersedes: approving a successor ends the current version where the successor begins", async () => {
        const bom = await createBom()
        const current = await createVersion(bom.id, { valid_from: "2024-01-01T00:00:00Z" })
        await approve(bom.id, current.id)
        const next = await createVersion(bom.id, { copy_from_version_id: current.id, valid_from: "2027-01-01T00:00:00Z" })
        const url = `/admin/boms/${bom.id}/versions/${next.id}/approve`
        expect((await err(approve(bom.id, next.id))).data.message).toMatch(/overlaps approved version 1/)
        expect((await err(api.post(url, { supersede: "yes" }, { headers }))).status).toBe(400)

        // A version between them would still overlap the successor: refused, and nothing is cut.
        const between = await createVersion(bom.id, { valid_from: "2026-01-01T00:00:00Z" })
        const approvedNext = (await api.post(url, { supersede: true }, { headers })).data.bom_version
        expect(approvedNext).toEqual(expect.objectContaining({ status: "approved", valid_to: null }))
        expect(new Date((await version(bom.id, current.id)).valid_to).toISOString()).toBe("2027-01-01T00:00:00.000Z")
        const refused = await err(api.post(`/admin/boms/${bom.id}/versions/${between.id}/approve`, { supersede: true }, { headers }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/overlaps approved version 2/)
        expect(new Date((await version(bom.id, current.id)).valid_to).toISOString()).toBe("2027-01-01T00:00:00.000Z")
        expect((await version(bom.id, between.id)).status).toBe("draft")
      })

      it("lets only one of two concurrent overlapping approvals through", async () => {
        const bom = await createBom()
        const a = await createVersion(bom.id, { valid_from: "2030-01-01T00:00:00Z" })
        const b = await createVersion(bom.id, { valid_from: "2031-01-01T00:00:00Z" })
        const results = await Promise.all([err(approve(bom.id, a.id)), err(approve(bom.id, b.id))])
        const statuses = results.map((r) => r.status).sort()
        expect(statuses[0]).toBe(200)
        expect([409, 400]).toContain(statuses[1])
        const approved = (await api.get(`/admin/boms/${bom.id}/versions?status=approved`, { headers })).data
        expect(approved.count).toBe(1)
      })

      it("diffs two versions side by side", async () => {
        const bom = await createBom()
        const v1 = await createVersion(bom.id, { valid_from: "2020-01-01T00:00:00Z" })
        await api.post(
          `/admin/boms/${bom.id}/versions/${v1.id}/components`,
          { components: [components[0], { title: "Fan", quantity: 1, position: 20 }, { title: "Screw", quantity: 8, position: 30 }] },
          { headers }
        )
        const v2 = await createVersion(bom.id, { copy_from_version_id: v1.id })
        const copied = await version(bom.id, v2.id)
        const fan = copied.components.find((c: any) => c.title === "Fan")
        const screw = copied.components.find((c: any) => c.title === "Screw")
        await api.post(`/admin/boms/${bom.id}/versions/${v2.id}/components/${fan.id}`, { quantity: 2 }, { headers })
        await api.delete(`/admin/boms/${bom.id}/versions/${v2.id}/components/${screw.id}`, { headers })
        await api.post(`/admin/boms/${bom.id}/versions/${v2.id}/components`, { components: [{ title: "Filter", quantity: 1, position: 40 }] }, { headers })

        const diff = (await api.get(`/admin/boms/${bom.id}/versions/${v2.id}/diff?against=${v1.id}`, { headers })).data
        expect(diff.from).toEqual(expect.objectContaining({ id: v1.id, version: 1 }))
        expect(diff.to).toEqual(expect.objectContaining({ id: v2.id, version: 2 }))
        expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 })
        expect(diff.changes.map((c: any) => [c.change, (c.to ?? c.from).title, c.fields])).toEqual([
          ["unchanged", "Compressor", []],
          ["changed", "Fan", ["quantity"]],
          ["removed", "Screw", []],
          ["added", "Filter", []],
        ])
      })
    })

    describe("service objects pinned to versions", () => {
      const setup = async () => {
        const bom = await createBom()
        const v1 = await createVersion(bom.id, { valid_from: "2020-01-01T00:00:00Z", valid_to: "2024-01-01T00:00:00Z" })
        const v2 = await createVersion(bom.id, { valid_from: "2024-01-01T00:00:00Z" })
        await approve(bom.id, v1.id)
        await approve(bom.id, v2.id)
        return { bom, v1, v2 }
      }
      const createObject = async (body: Record<string, unknown>) =>
        (await api.post("/admin/service-objects", { name: "Heat pump", customer_id: customer.id, product_variant_id: catalog.variant.id, ...body }, { headers })).data.service_object

      it("defaults to the version valid on the install date and moves to newer versions with history", async () => {
        const { bom, v1, v2 } = await setup()
        const old = await createObject({ installed_at: "2021-05-01T00:00:00Z", serial_number: "A1" })
        expect(old.bom_version_id).toBe(v1.id)
        expect(old.bom_version).toEqual(expect.objectContaining({ id: v1.id, version: 1, bom_id: bom.id }))
        const recent = await createObject({ serial_number: "A2" })
        expect(recent.bom_version_id).toBe(v2.id)
        const explicit = await createObject({ serial_number: "A3", bom_version_id: v1.id })
        expect(explicit.bom_version_id).toBe(v1.id)
        const noVariant = (await api.post("/admin/service-objects", { name: "Other", customer_id: customer.id }, { headers })).data.service_object
        expect(noVariant.bom_version_id).toBeNull()

        const view = (await api.get(`/admin/service-objects/${old.id}/bom-version`, { headers })).data
        expect(view.bom_version.id).toBe(v1.id)
        expect(view.history).toEqual([expect.objectContaining({ from_bom_version_id: null, to_bom_version_id: v1.id })])

        const moved = (
          await api.post(`/admin/service-objects/${old.id}/bom-version`, { bom_version_id: v2.id, note: "Retrofit kit" }, { headers })
        ).data
        expect(moved.bom_version).toEqual(expect.objectContaining({ id: v2.id, version: 2 }))
        expect(moved.history.map((h: any) => [h.from_bom_version?.version ?? null, h.to_bom_version.version, h.note])).toEqual([
          [null, 1, null],
          [1, 2, "Retrofit kit"],
        ])
        expect(moved.history[1].actor_id).toBeTruthy()
        expect((await api.get(`/admin/service-objects/${old.id}`, { headers })).data.service_object.bom_version_id).toBe(v2.id)
      })

      it("refuses bad pins and moves with a 4xx and changes nothing", async () => {
        const { bom, v1, v2 } = await setup()
        const draft = await createVersion(bom.id, { valid_from: "2099-01-01T00:00:00Z" })
        expect((await err(createObject({ bom_version_id: draft.id }))).status).toBe(400)
        expect((await err(createObject({ bom_version_id: "sbomv_missing" }))).status).toBe(400)
        expect((await api.get("/admin/service-objects", { headers })).data.count).toBe(0)

        const object = await createObject({ serial_number: "B1" })
        expect(object.bom_version_id).toBe(v2.id)
        for (const body of [{ bom_version_id: v1.id }, { bom_version_id: v2.id }, { bom_version_id: draft.id }, { bom_version_id: "sbomv_missing" }]) {
          expect((await err(api.post(`/admin/service-objects/${object.id}/bom-version`, body, { headers }))).status).toBe(400)
        }
        for (const body of [{}, { bom_version_id: v1.id, surprise: 1 }]) {
          expect((await err(api.post(`/admin/service-objects/${object.id}/bom-version`, body, { headers }))).status).toBe(400)
        }
        expect((await err(api.post(`/admin/service-objects/sobj_missing/bom-version`, { bom_version_id: v2.id }, { headers }))).status).toBe(404)
        expect((await err(api.get(`/admin/service-objects/sobj_missing/bom-version`, { headers }))).status).toBe(404)
        const view = (await api.get(`/admin/service-objects/${object.id}/bom-version`, { headers })).data
        expect(view.bom_version.id).toBe(v2.id)
        expect(view.history).toHaveLength(1)

        // A BOM objects are pinned to stays.
        const refused = await err(api.delete(`/admin/boms/${bom.id}`, { headers }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/pinned/)
        expect((await api.get(`/admin/boms/${bom.id}`, { headers })).data.bom.versions).toHaveLength(3)
      })
    })
  },
})
