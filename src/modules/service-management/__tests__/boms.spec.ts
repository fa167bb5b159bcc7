import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { SERVICE_MANAGEMENT_MODULE } from ".."
import ServiceManagementModuleService from "../service"

jest.setTimeout(120000)

moduleIntegrationTestRunner<ServiceManagementModuleService>({
  moduleName: SERVICE_MANAGEMENT_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    let products = 0
    const bomWithVersions = async (...validity: [string, string | null][]) => {
      const bom = await service.createServiceBoms({ product_id: `prod_${++products}`, name: "BOM" })
      const versions = await service.createServiceBomVersions(
        validity.map(([from, to], i) => ({ bom_id: bom.id, version: i + 1, valid_from: new Date(from), valid_to: to ? new Date(to) : null }))
      )
      return { bom, versions }
    }
    const statuses = async (bomId: string) =>
      (await service.listServiceBomVersions({ bom_id: bomId }, { order: { version: "ASC" } })).map((v) => v.status)

    describe("approved BOM versions never overlap (exclusion constraint)", () => {
      it("lets exactly one of two concurrent overlapping approvals through, with a clear refusal", async () => {
        const { bom, versions } = await bomWithVersions(["2030-01-01", null], ["2031-01-01", null])
        const results = await Promise.allSettled(versions.map((v) => service.approveBomVersion({ id: v.id })))
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult
        expect(refused.reason.message).toMatch(/overlaps another approved version/)
        expect((await statuses(bom.id)).sort()).toEqual(["approved", "draft"])
      })

      it("allows adjacent periods and versions of different BOMs", async () => {
        const { bom, versions } = await bomWithVersions(["2020-01-01", "2024-01-01"], ["2024-01-01", null])
        for (const v of versions) {
          await service.approveBomVersion({ id: v.id })
        }
        const other = await bomWithVersions(["2020-01-01", null])
        await service.approveBomVersion({ id: other.versions[0].id })
        expect(await statuses(bom.id)).toEqual(["approved", "approved"])
      })

      it("refuses approving twice and takes an approval back", async () => {
        const { bom, versions } = await bomWithVersions(["2020-01-01", null])
        await service.approveBomVersion({ id: versions[0].id, approved_by: "user_1" })
        await expect(service.approveBomVersion({ id: versions[0].id })).rejects.toThrow(/no longer a draft/)
        await service.unapproveBomVersion(versions[0].id)
        const [v] = await service.listServiceBomVersions({ bom_id: bom.id })
        expect(v).toEqual(expect.objectContaining({ status: "draft", approved_by: null, approved_at: null }))
      })

      it("keeps version numbers unique per BOM and validity well-formed", async () => {
        const { bom } = await bomWithVersions(["2020-01-01", null])
        await expect(
          service.createServiceBomVersions({ bom_id: bom.id, version: 1, valid_from: new Date("2021-01-01") })
        ).rejects.toThrow()
        await expect(
          service.createServiceBomVersions({ bom_id: bom.id, version: 2, valid_from: new Date("2021-01-01"), valid_to: new Date("2020-01-01") })
        ).rejects.toThrow()
        expect(await statuses(bom.id)).toEqual(["draft"])
      })
    })

    describe("repair codes and counts", () => {
      it("keeps (kind, code) unique among live codes", async () => {
        const area = await service.createServiceRepairCodes({ kind: "symptom_area", code: "HEAT", label: "Heating" })
        await expect(service.createServiceRepairCodes({ kind: "symptom_area", code: "HEAT", label: "Again" })).rejects.toThrow()
        await service.createServiceRepairCodes({ kind: "diagnosis_area", code: "HEAT", label: "Same code, other kind" })
        await service.softDeleteServiceRepairCodes([area.id])
        await service.createServiceRepairCodes({ kind: "symptom_area", code: "HEAT", label: "Reused" })
      })

      it("counts repairs per symptom, diagnosis, pair, resolution and component in one grouped query", async () => {
        const order = await service.createServiceOrders({
          display_id: 1,
          number: "SO-1",
          customer_id: "cus_1",
          currency_code: "eur",
          stage_id: (await service.ensureDefaultStages(), (await service.listServiceStages({}))[0].id),
        })
        const object = await service.createServiceObjects({ name: "Pump", customer_id: "cus_1" })
        const [s1, s2, d1] = await service.createServiceRepairCodes([
          { kind: "symptom", code: "S1", label: "S1" },
          { kind: "symptom", code: "S2", label: "S2" },
          { kind: "diagnosis", code: "D1", label: "D1" },
        ])
        const line = (extra: Record<string, unknown>) => ({
          service_order_id: order.id,
          service_object_id: object.id,
          product_id: "prod_1",
          ...extra,
        })
        await service.createServiceRepairLines([
          line({ symptom_code_id: s1.id, diagnosis_code_id: d1.id }),
          line({ symptom_code_id: s1.id, diagnosis_code_id: d1.id }),
          line({ symptom_code_id: s2.id }),
          line({ product_id: "prod_2", symptom_code_id: s2.id }),
        ])
        const rows = await service.countRepairLines({ product_id: ["prod_1"] })
        const of = (d: string) => rows.filter((r) => r.dimension === d)
        expect(of("total")).toEqual([expect.objectContaining({ count: 3 })])
        expect(of("symptom").map((r) => [r.symptom_code_id, r.count]).sort()).toEqual([[s1.id, 2], [s2.id, 1]].sort())
        expect(of("symptom_diagnosis").filter((r) => r.diagnosis_code_id)).toEqual([
          expect.objectContaining({ symptom_code_id: s1.id, diagnosis_code_id: d1.id, count: 2 }),
        ])
        expect((await service.countRepairLines({}))[0]).toBeDefined()
        expect(of("total")[0].count + 1).toBe((await service.countRepairLines({})).find((r) => r.dimension === "total")!.count)
      })
    })
  },
})
