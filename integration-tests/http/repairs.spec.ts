import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import {
  addRepairLineWorkflow,
  approveBomVersionWorkflow,
  moveServiceObjectBomVersionWorkflow,
  updateRepairLineWorkflow,
} from "../../src/workflows"
import { createAdmin } from "../helpers/auth"
import { createCatalog } from "../helpers/commerce"
import { expectDetailReadAsQuery, expectRepairLineReadAsQuery } from "../helpers/service-order-detail"
import { defaultAdminRepairHistoryFields } from "../../src/api/admin/service-orders/[id]/repair-lines/query-config"

jest.setTimeout(120000)

// Hooks after the write that fail on demand, to prove everything written before them is undone.
let failHooks = false
const refuse = async () => {
  if (failHooks) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Host app refused")
  }
}
approveBomVersionWorkflow.hooks.bomVersionApproved(refuse)
addRepairLineWorkflow.hooks.repairLineCreated(refuse)
updateRepairLineWorkflow.hooks.repairLineChanged(refuse)
moveServiceObjectBomVersionWorkflow.hooks.serviceObjectBomVersionChanged(refuse)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let admin: { id: string }
    let catalog: Awaited<ReturnType<typeof createCatalog>>
    let customer: { id: string }
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)

    beforeEach(async () => {
      failHooks = false
      const container = getContainer()
      await container.resolve(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
      ;({ headers, user: admin } = await createAdmin(container))
      catalog = await createCatalog(container)
      customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "repair@example.com" })
    })

    const technician = async (body: Record<string, unknown> = {}) =>
      (await api.post("/admin/technicians", { first_name: "Tina", last_name: "Tech", timezone: "UTC", working_hours: { "1": [{ start: "08:00", end: "17:00" }] }, ...body }, { headers })).data
        .technician

    const code = async (body: Record<string, unknown>) => (await api.post("/admin/repair-codes", body, { headers })).data.repair_code

    /** Code tables: two symptom areas with codes, a diagnosis area with codes, a resolution and a condition. */
    const codeTables = async () => {
      const heating = await code({ kind: "symptom_area", code: "HEAT", label: "Heating" })
      const noise = await code({ kind: "symptom_area", code: "NOISE", label: "Noise" })
      const noHeat = await code({ kind: "symptom", code: "NO_HEAT", label: "No heat", parent_id: heating.id })
      const rattle = await code({ kind: "symptom", code: "RATTLE", label: "Rattles", parent_id: noise.id })
      const electrical = await code({ kind: "diagnosis_area", code: "ELEC", label: "Electrical" })
      const fuse = await code({ kind: "diagnosis", code: "FUSE", label: "Blown fuse", parent_id: electrical.id })
      const replaced = await code({ kind: "resolution", code: "REPLACED", label: "Part replaced" })
      const worn = await code({ kind: "condition", code: "WORN", label: "Worn" })
      return { heating, noise, noHeat, rattle, electrical, fuse, replaced, worn }
    }

    /** A BOM with two approved versions, an object pinned to v1 and an open service order for it. */
    const repairSetup = async (stage_code = "in_progress") => {
      const codes = await codeTables()
      const bom = (await api.post("/admin/boms", { product_id: catalog.product.id, name: "HP-200" }, { headers })).data.bom
      const version = async (body: Record<string, unknown>, parts: Record<string, unknown>[]) => {
        const v = (await api.post(`/admin/boms/${bom.id}/versions`, body, { headers })).data.bom_version
        const withParts = (await api.post(`/admin/boms/${bom.id}/versions/${v.id}/components`, { components: parts }, { headers })).data.bom_version
        await api.post(`/admin/boms/${bom.id}/versions/${v.id}/approve`, {}, { headers })
        return withParts
      }
      const v1 = await version({ valid_from: "2020-01-01T00:00:00Z", valid_to: "2024-01-01T00:00:00Z" }, [
        { title: "Compressor", part_number: "CMP-1", quantity: 1 },
        { title: "Fuse", part_number: "F-10", quantity: 2 },
      ])
      const v2 = await version({ valid_from: "2024-01-01T00:00:00Z" }, [{ title: "Compressor", part_number: "CMP-2", quantity: 1 }])
      const object = (
        await api.post(
          "/admin/service-objects",
          { name: "Heat pump", customer_id: customer.id, product_variant_id: catalog.variant.id, installed_at: "2021-03-01T00:00:00Z" },
          { headers }
        )
      ).data.service_object
      const order = (
        await api.post("/admin/service-orders", { customer_id: customer.id, service_object_id: object.id, stage_code }, { headers })
      ).data.service_order
      return { codes, bom, v1, v2, object, order }
    }

    const lines = async (orderId: string) => (await api.get(`/admin/service-orders/${orderId}/repair-lines`, { headers })).data

    describe("repair codes", () => {
      it("manages the code tables: areas, codes in areas, filters, updates and deletion", async () => {
        const { heating, noise, noHeat } = await codeTables()
        const symptoms = (await api.get("/admin/repair-codes?kind=symptom", { headers })).data
        expect(symptoms).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 50 }))
        const inArea = (await api.get(`/admin/repair-codes?kind=symptom&parent_id=${heating.id}`, { headers })).data.repair_codes
        expect(inArea.map((c: any) => c.code)).toEqual(["NO_HEAT"])
        expect((await api.get("/admin/repair-codes?kind=symptom_area&kind=diagnosis_area", { headers })).data.count).toBe(3)
        expect((await api.get(`/admin/repair-codes/${noHeat.id}`, { headers })).data.repair_code).toEqual(
          expect.objectContaining({ kind: "symptom", code: "NO_HEAT", parent_id: heating.id, is_active: true })
        )
        const moved = (await api.post(`/admin/repair-codes/${noHeat.id}`, { parent_id: noise.id, label: "Cold" }, { headers })).data.repair_code
        expect(moved).toEqual(expect.objectContaining({ parent_id: noise.id, label: "Cold" }))
        const inactive = (await api.post(`/admin/repair-codes/${noHeat.id}`, { is_active: false }, { headers })).data.repair_code
        expect(inactive.is_active).toBe(false)
        expect((await api.get("/admin/repair-codes?kind=symptom&is_active=true", { headers })).data.count).toBe(1)
        expect((await api.delete(`/admin/repair-codes/${noHeat.id}`, { headers })).data).toEqual({ id: noHeat.id, object: "repair_code", deleted: true })
        expect((await err(api.get(`/admin/repair-codes/${noHeat.id}`, { headers }))).status).toBe(404)
        // The code is free again once deleted.
        expect((await code({ kind: "symptom", code: "NO_HEAT", label: "Again", parent_id: heating.id })).code).toBe("NO_HEAT")
      })

      it("refuses bad codes with a 4xx and changes nothing", async () => {
        const { heating, electrical, noHeat, replaced } = await codeTables()
        const bad = [
          {},
          { kind: "symptom_area", code: "X" },
          { kind: "nonsense", code: "X", label: "x" },
          { kind: "symptom_area", code: "has space", label: "x" },
          { kind: "symptom_area", code: "X", label: "x", surprise: 1 },
          { kind: "symptom", code: "X", label: "x" },
          { kind: "symptom", code: "X", label: "x", parent_id: electrical.id },
          { kind: "symptom", code: "X", label: "x", parent_id: "srcd_missing" },
          { kind: "resolution", code: "X", label: "x", parent_id: heating.id },
        ]
        for (const body of bad) {
          const res = await err(api.post("/admin/repair-codes", body, { headers }))
          expect(res.status).toBe(400)
        }
        const duplicate = await err(api.post("/admin/repair-codes", { kind: "symptom_area", code: "HEAT", label: "Again" }, { headers }))
        expect(duplicate.status).toBeGreaterThanOrEqual(400)
        expect(duplicate.status).toBeLessThan(500)
        expect((await api.get("/admin/repair-codes", { headers })).data.count).toBe(8)
        for (const body of [{}, { kind: "diagnosis" }, { parent_id: electrical.id }, { parent_id: null }]) {
          expect((await err(api.post(`/admin/repair-codes/${noHeat.id}`, body, { headers }))).status).toBe(400)
        }
        expect((await err(api.post(`/admin/repair-codes/${replaced.id}`, { parent_id: heating.id }, { headers }))).status).toBe(400)
        expect((await api.get(`/admin/repair-codes/${noHeat.id}`, { headers })).data.repair_code.parent_id).toBe(heating.id)
        expect((await err(api.get("/admin/repair-codes?kind=nope", { headers }))).status).toBe(400)
        expect((await err(api.get("/admin/repair-codes?order=nope", { headers }))).status).toBe(400)
      })

      it("refuses to delete codes in use and areas holding codes", async () => {
        const { codes, order } = await repairSetup()
        await api.post(`/admin/service-orders/${order.id}/repair-lines`, { symptom_code_id: codes.noHeat.id }, { headers })
        for (const id of [codes.noHeat.id, codes.heating.id]) {
          const res = await err(api.delete(`/admin/repair-codes/${id}`, { headers }))
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/deactivate it instead/)
        }
        const area = await err(api.delete(`/admin/repair-codes/${codes.noise.id}`, { headers }))
        expect(area.status).toBe(400)
        expect(area.data.message).toMatch(/holds 1 code/)
        expect((await api.get(`/admin/repair-codes/${codes.noHeat.id}`, { headers })).data.repair_code.id).toBe(codes.noHeat.id)
        expect((await api.get(`/admin/repair-codes/${codes.noise.id}`, { headers })).data.repair_code.id).toBe(codes.noise.id)
        // Every code column counts, and a diagnosis area through its code.
        const url = `/admin/service-orders/${order.id}/repair-lines`
        const line = (
          await api.post(url, { diagnosis_code_id: codes.fuse.id, resolution_code_id: codes.replaced.id, condition_code_id: codes.worn.id }, { headers })
        ).data.repair_line
        for (const used of [codes.fuse, codes.electrical, codes.replaced, codes.worn]) {
          const res = await err(api.delete(`/admin/repair-codes/${used.id}`, { headers }))
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/used on 1 repair line\(s\); deactivate it instead/)
        }
        // Deactivating is the way out: the code stays on the repairs that name it, which stay editable.
        expect((await api.post(`/admin/repair-codes/${codes.noHeat.id}`, { is_active: false }, { headers })).data.repair_code.is_active).toBe(false)
        await api.post(`/admin/repair-codes/${codes.worn.id}`, { is_active: false }, { headers })
        const edited = (await api.post(`${url}/${line.id}`, { notes: "Fuse holder corroded" }, { headers })).data.repair_line
        expect(edited.condition_code).toEqual(expect.objectContaining({ code: "WORN" }))
        expect(edited.notes).toBe("Fuse holder corroded")
        // An unused code goes for good.
        expect((await api.delete(`/admin/repair-codes/${codes.rattle.id}`, { headers })).data.deleted).toBe(true)
      })

      it("answers 401 without a token and 404 for unknown ids", async () => {
        expect((await err(api.get("/admin/repair-codes"))).status).toBe(401)
        expect((await err(api.post("/admin/repair-codes", {}))).status).toBe(401)
        expect((await err(api.delete("/admin/repair-codes/x"))).status).toBe(401)
        expect((await err(api.get("/admin/repair-codes/srcd_missing", { headers }))).status).toBe(404)
        expect((await err(api.post("/admin/repair-codes/srcd_missing", { label: "x" }, { headers }))).status).toBe(404)
        expect((await err(api.delete("/admin/repair-codes/srcd_missing", { headers }))).status).toBe(404)
      })
    })

    describe("repair lines", () => {
      it("adds a line with the object's component, fills the area from the code, and lists it", async () => {
        const { codes, v1, object, order } = await repairSetup()
        const fuse = v1.components.find((c: any) => c.part_number === "F-10")
        const tina = await technician()
        const line = (
          await api.post(
            `/admin/service-orders/${order.id}/repair-lines`,
            { symptom_code_id: codes.noHeat.id, condition_code_id: codes.worn.id, bom_component_id: fuse.id, technician_id: tina.id, notes: "Cold radiators" },
            { headers }
          )
        ).data.repair_line
        expect(line).toEqual(
          expect.objectContaining({
            status: "open",
            service_order_id: order.id,
            service_object_id: object.id,
            symptom_area_id: codes.heating.id,
            symptom_code_id: codes.noHeat.id,
            bom_component_id: fuse.id,
            bom_version_id: v1.id,
            product_id: catalog.product.id,
            technician_id: tina.id,
          })
        )
        expect(line.technician).toEqual(expect.objectContaining({ id: tina.id, first_name: "Tina", last_name: "Tech" }))
        expect(line.symptom_code).toEqual(expect.objectContaining({ code: "NO_HEAT", label: "No heat" }))
        expect(line.symptom_area).toEqual(expect.objectContaining({ code: "HEAT" }))
        expect(line.bom_component).toEqual(expect.objectContaining({ part_number: "F-10" }))
        expect(line.created_by).toBeTruthy()
        const listed = await lines(order.id)
        expect(listed).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 50 }))
        expect(listed.repair_lines[0].id).toBe(line.id)
        expect((await api.get(`/admin/service-orders/${order.id}/repair-lines/${line.id}`, { headers })).data.repair_line.id).toBe(line.id)
        expect((await api.get(`/admin/service-orders/${order.id}/repair-lines?status=verified`, { headers })).data.count).toBe(0)
        const withLines = (await api.get(`/admin/service-orders/${order.id}`, { headers })).data.service_order
        expect(withLines.repair_lines.map((l: any) => l.id)).toEqual([line.id])
        // The order names its object's BOM version: the repair form offers that version's parts.
        expect(withLines.service_object.bom_version).toEqual(expect.objectContaining({ id: v1.id, bom_id: v1.bom_id, version: 1 }))
        await expectDetailReadAsQuery(getContainer(), order.id)
      })

      it("answers an added or changed line as GET answers it, from one read after the write, equal to Query's", async () => {
        const { codes, v1, order } = await repairSetup()
        const fuse = v1.components.find((c: any) => c.part_number === "F-10")
        const tina = await technician()
        const url = `/admin/service-orders/${order.id}/repair-lines`
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        /** The request's answer and the statements it ran from its last write on. */
        const watched = async (request: () => Promise<{ data: { repair_line: Record<string, any> } }>) => {
          const statements: string[] = []
          const listener = (q: { sql: string }) => statements.push(q.sql)
          pg.on("query", listener)
          const { data } = await request().finally(() => pg.off("query", listener))
          const lastWrite = statements.map((sql) => /^(insert|update|delete)\b/i.test(sql.trim())).lastIndexOf(true)
          return { line: data.repair_line, afterWrite: statements.slice(lastWrite + 1).filter((sql) => /service_repair_line/.test(sql)) }
        }
        const get = async (id: string) => {
          const { allowed_actions, ...line } = (await api.get(`${url}/${id}`, { headers })).data.repair_line
          expect(allowed_actions).toBeTruthy()
          return line
        }
        // Every relation set: each code (areas filled from the codes), the component, the technician.
        const added = await watched(() =>
          api.post(url, { symptom_code_id: codes.noHeat.id, diagnosis_code_id: codes.fuse.id, condition_code_id: codes.worn.id, bom_component_id: fuse.id, technician_id: tina.id }, { headers })
        )
        const changed = await watched(() => api.post(`${url}/${added.line.id}`, { resolution_code_id: codes.replaced.id, notes: "Fuse replaced" }, { headers }))
        expect(Object.entries(changed.line).filter(([key, value]) => key.endsWith("_id") && value === null)).toEqual([])
        expect(added.line).toEqual({ ...(await get(added.line.id)), resolution_code_id: null, resolution_code: null, notes: null, updated_at: expect.any(String) })
        expect(changed.line).toEqual(await get(added.line.id))
        // The answer is read once after the write, in one statement (no Query read of the line's relations).
        for (const { afterWrite } of [added, changed]) {
          expect(afterWrite).toEqual([expect.stringMatching(/^select rl\."id"/)])
        }
        await expectRepairLineReadAsQuery(getContainer(), order.id, added.line.id)
        await expectRepairLineReadAsQuery(getContainer(), order.id, added.line.id, defaultAdminRepairHistoryFields)
        // `*` with every relation the ORM would add to it asked for (else Query answers, below).
        await expectRepairLineReadAsQuery(getContainer(), order.id, added.line.id, [
          "*",
          ...["symptom_area", "symptom_code", "diagnosis_area", "diagnosis_code", "resolution_code", "condition_code"].map((r) => `${r}.*`),
          "bom_component.id",
          "technician.id",
          "service_object.*",
          "service_object.bom_version.id",
          "service_order.*",
          ...["stage.*", "stage.reasons.*", "service_object.id", "agreement.id", "sla.id", "lines.*", "customer.id", "customer.email"].map((f) => `service_order.${f}`),
        ])
        // A field the one statement does not know, or `*` of a record with a relation not asked for
        // (which the ORM adds), is read through Query: the same answer either way.
        const service = getContainer().resolve(SERVICE_MANAGEMENT_MODULE)
        for (const fields of [["id", "technician.user.email"], ["id", "technician.*"], ["id", "service_order.customer.email"]]) {
          expect(await service.readRepairLineDetail(order.id, added.line.id, fields)).toBeUndefined()
        }
        const asked = (await api.get(`${url}/${added.line.id}?fields=id,technician.*,technician.user.email,service_order.number`, { headers })).data.repair_line
        expect(asked).toEqual(expect.objectContaining({ id: added.line.id, technician: expect.objectContaining({ id: tina.id, team: null }), service_order: { id: order.id, number: order.number } }))
      })

      it("names a real technician: unknown 404, newly named inactive 400, and a technician user's own by default", async () => {
        const { order } = await repairSetup()
        const missing = await err(api.post(`/admin/service-orders/${order.id}/repair-lines`, { technician_id: "stech_missing" }, { headers }))
        expect(missing.status).toBe(404)
        expect(missing.data.message).toMatch(/Technician stech_missing was not found/)
        const retired = await technician({ first_name: "Rita", is_active: false })
        const inactive = await err(api.post(`/admin/service-orders/${order.id}/repair-lines`, { technician_id: retired.id }, { headers }))
        expect(inactive.status).toBe(400)
        expect(inactive.data.message).toMatch(/Rita Tech is inactive/)
        expect((await lines(order.id)).count).toBe(0)

        // No technician for this login yet: nobody is named.
        const anonymous = (await api.post(`/admin/service-orders/${order.id}/repair-lines`, {}, { headers })).data.repair_line
        expect(anonymous.technician_id).toBeNull()
        // Once the login is a technician, a repair recorded without naming anyone is theirs.
        const own = await technician({ first_name: "Ada", user_id: admin.id })
        const mine = (await api.post(`/admin/service-orders/${order.id}/repair-lines`, {}, { headers })).data.repair_line
        expect(mine.technician_id).toBe(own.id)
        // Naming nobody on purpose stays nobody.
        const nobody = (await api.post(`/admin/service-orders/${order.id}/repair-lines`, { technician_id: null }, { headers })).data.repair_line
        expect(nobody.technician_id).toBeNull()
        // A line keeps a technician who became inactive later when other fields change.
        const kept = (await api.post(`/admin/service-orders/${order.id}/repair-lines`, { technician_id: own.id }, { headers })).data.repair_line
        await api.post(`/admin/technicians/${own.id}`, { is_active: false }, { headers })
        const changed = await api.post(`/admin/service-orders/${order.id}/repair-lines/${kept.id}`, { notes: "still mine", technician_id: own.id }, { headers })
        expect(changed.status).toBe(200)
        expect(changed.data.repair_line.technician_id).toBe(own.id)
      })

      it("refuses a component of another version, codes of the wrong kind or area, and bad bodies, changing nothing", async () => {
        const { codes, v2, order } = await repairSetup()
        const otherVersionPart = v2.components[0]
        const refused = await err(
          api.post(`/admin/service-orders/${order.id}/repair-lines`, { bom_component_id: otherVersionPart.id }, { headers })
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/is not part of BOM version/)
        const bad = [
          { symptom_code_id: codes.fuse.id },
          { symptom_area_id: codes.noise.id, symptom_code_id: codes.noHeat.id },
          { resolution_code_id: codes.worn.id },
          { surprise: 1 },
          { status: "verified" },
          { notes: 5 },
        ]
        for (const body of bad) {
          expect((await err(api.post(`/admin/service-orders/${order.id}/repair-lines`, body, { headers }))).status).toBe(400)
        }
        expect((await err(api.post(`/admin/service-orders/${order.id}/repair-lines`, { symptom_code_id: "srcd_missing" }, { headers }))).status).toBe(404)
        expect((await err(api.post(`/admin/service-orders/${order.id}/repair-lines`, { bom_component_id: "sbomc_missing" }, { headers }))).status).toBe(404)
        // An object of another customer.
        const stranger = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "other@example.com" })
        const foreign = (await api.post("/admin/service-objects", { name: "Other", customer_id: stranger.id }, { headers })).data.service_object
        expect((await err(api.post(`/admin/service-orders/${order.id}/repair-lines`, { service_object_id: foreign.id }, { headers }))).status).toBe(400)
        // Inactive codes are not chosen for new repairs.
        await api.post(`/admin/repair-codes/${codes.rattle.id}`, { is_active: false }, { headers })
        expect((await err(api.post(`/admin/service-orders/${order.id}/repair-lines`, { symptom_code_id: codes.rattle.id }, { headers }))).status).toBe(400)
        expect((await lines(order.id)).count).toBe(0)

        // An order without an object needs the object named.
        const bare = (await api.post("/admin/service-orders", { customer_id: customer.id, stage_code: "in_progress" }, { headers })).data.service_order
        const noObject = await err(api.post(`/admin/service-orders/${bare.id}/repair-lines`, {}, { headers }))
        expect(noObject.status).toBe(400)
        expect(noObject.data.message).toMatch(/service_object_id/)
      })

      it("moves the repair status forward one step at a time, one step back, and keeps verified repairs final", async () => {
        const { codes, order } = await repairSetup()
        const url = `/admin/service-orders/${order.id}/repair-lines`
        const line = (await api.post(url, { symptom_code_id: codes.noHeat.id }, { headers })).data.repair_line
        const move = (body: Record<string, unknown>) => err(api.post(`${url}/${line.id}`, body, { headers }))

        const skip = await move({ status: "repaired" })
        expect(skip.status).toBe(400)
        expect(skip.data.message).toMatch(/one step at a time/)
        const noDiagnosis = await move({ status: "diagnosed" })
        expect(noDiagnosis.status).toBe(400)
        expect(noDiagnosis.data.message).toMatch(/diagnosis code/)
        expect((await api.get(`${url}/${line.id}`, { headers })).data.repair_line.status).toBe("open")

        const diagnosed = (await move({ status: "diagnosed", diagnosis_code_id: codes.fuse.id })).data.repair_line
        expect(diagnosed).toEqual(expect.objectContaining({ status: "diagnosed", diagnosis_area_id: codes.electrical.id }))
        expect(diagnosed.diagnosed_at).toBeTruthy()
        expect((await move({ status: "repaired" })).status).toBe(400)
        const repaired = (await move({ status: "repaired", resolution_code_id: codes.replaced.id })).data.repair_line
        expect(repaired.repaired_at).toBeTruthy()
        // One step back corrects a mistake and clears the stamp.
        const back = (await move({ status: "diagnosed" })).data.repair_line
        expect(back).toEqual(expect.objectContaining({ status: "diagnosed", repaired_at: null }))
        await move({ status: "repaired" })
        const verified = (await move({ status: "verified" })).data.repair_line
        expect(verified.status).toBe("verified")
        expect(verified.verified_at).toBeTruthy()

        for (const body of [{ status: "repaired" }, { notes: "late note" }]) {
          const res = await move(body)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/verified/)
        }
        expect((await api.get(`${url}/${line.id}`, { headers })).data.repair_line).toEqual(
          expect.objectContaining({ status: "verified", notes: null })
        )
        expect((await move({ status: "closed" })).status).toBe(400)
        expect((await move({})).status).toBe(400)
      })

      it("removes open repairs only", async () => {
        const { codes, order } = await repairSetup()
        const url = `/admin/service-orders/${order.id}/repair-lines`
        const open = (await api.post(url, {}, { headers })).data.repair_line
        const diagnosed = (await api.post(url, { diagnosis_code_id: codes.fuse.id }, { headers })).data.repair_line
        await api.post(`${url}/${diagnosed.id}`, { status: "diagnosed" }, { headers })
        expect((await api.delete(`${url}/${open.id}`, { headers })).data).toEqual({ id: open.id, object: "repair_line", deleted: true })
        const refused = await err(api.delete(`${url}/${diagnosed.id}`, { headers }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/only open repairs/)
        expect((await lines(order.id)).repair_lines.map((l: any) => l.id)).toEqual([diagnosed.id])
      })

      it("keeps an object repaired on another object's order from being deleted", async () => {
        const { order } = await repairSetup()
        const spare = (await api.post("/admin/service-objects", { name: "Spare unit", customer_id: customer.id }, { headers })).data.service_object
        await api.post(`/admin/service-orders/${order.id}/repair-lines`, { service_object_id: spare.id }, { headers })
        const refused = await err(api.delete(`/admin/service-objects/${spare.id}`, { headers }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(new RegExp(`has repairs on service orders \\(${order.number}\\)`))
        expect((await api.get(`/admin/service-objects/${spare.id}`, { headers })).data.service_object.id).toBe(spare.id)
      })

      it("follows the stage rules: no repair lines where the stage forbids them", async () => {
        const { codes, order } = await repairSetup()
        const url = `/admin/service-orders/${order.id}/repair-lines`
        const line = (await api.post(url, { symptom_code_id: codes.noHeat.id }, { headers })).data.repair_line
        await api.post(`/admin/service-orders/${order.id}/transition`, { to_stage: "completed" }, { headers })
        for (const call of [
          () => api.post(url, {}, { headers }),
          () => api.post(`${url}/${line.id}`, { notes: "x" }, { headers }),
          () => api.delete(`${url}/${line.id}`, { headers }),
        ]) {
          const res = await err(call())
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/allow_add_repair_lines/)
        }
        const after = await lines(order.id)
        expect(after.count).toBe(1)
        expect(after.repair_lines[0]).toEqual(expect.objectContaining({ notes: null, status: "open" }))
      })

      it("answers 401 without a token and 404 for unknown orders and lines", async () => {
        const { order } = await repairSetup()
        expect((await err(api.get(`/admin/service-orders/${order.id}/repair-lines`))).status).toBe(401)
        expect((await err(api.post(`/admin/service-orders/${order.id}/repair-lines`, {}))).status).toBe(401)
        expect((await err(api.get(`/admin/service-objects/x/repairs`))).status).toBe(401)
        expect((await err(api.get(`/admin/repair-statistics`))).status).toBe(401)
        expect((await err(api.get(`/admin/service-orders/sord_missing/repair-lines`, { headers }))).status).toBe(404)
        expect((await err(api.post(`/admin/service-orders/sord_missing/repair-lines`, {}, { headers }))).status).toBe(404)
        expect((await err(api.get(`/admin/service-orders/${order.id}/repair-lines/srln_missing`, { headers }))).status).toBe(404)
        expect((await err(api.post(`/admin/service-orders/${order.id}/repair-lines/srln_missing`, { notes: "x" }, { headers }))).status).toBe(404)
        expect((await err(api.delete(`/admin/service-orders/${order.id}/repair-lines/srln_missing`, { headers }))).status).toBe(404)
        // A line of another order answers like a missing one.
        const line = (await api.post(`/admin/service-orders/${order.id}/repair-lines`, {}, { headers })).data.repair_line
        const other = (await api.post("/admin/service-orders", { customer_id: customer.id, stage_code: "in_progress" }, { headers })).data.service_order
        expect((await err(api.get(`/admin/service-orders/${other.id}/repair-lines/${line.id}`, { headers }))).status).toBe(404)
        expect((await err(api.post(`/admin/service-orders/${other.id}/repair-lines/${line.id}`, { notes: "x" }, { headers }))).status).toBe(404)
        expect((await err(api.get(`/admin/service-objects/sobj_missing/repairs`, { headers }))).status).toBe(404)
      })
    })

    describe("repair history and statistics", () => {
      it("shows an object's repairs across orders and counts recurring symptoms and diagnoses", async () => {
        const { codes, v1, v2, object, order } = await repairSetup()
        const fuse = v1.components.find((c: any) => c.part_number === "F-10")
        const add = (orderId: string, body: Record<string, unknown>) =>
          api.post(`/admin/service-orders/${orderId}/repair-lines`, body, { headers }).then((r) => r.data.repair_line)
        await add(order.id, { symptom_code_id: codes.noHeat.id, diagnosis_code_id: codes.fuse.id, bom_component_id: fuse.id })
        const second = (
          await api.post("/admin/service-orders", { customer_id: customer.id, service_object_id: object.id, stage_code: "in_progress" }, { headers })
        ).data.service_order
        await add(second.id, { symptom_code_id: codes.noHeat.id, diagnosis_code_id: codes.fuse.id, bom_component_id: fuse.id })
        await add(second.id, { symptom_code_id: codes.rattle.id })

        const history = (await api.get(`/admin/service-objects/${object.id}/repairs`, { headers })).data
        expect(history).toEqual(expect.objectContaining({ count: 3, offset: 0, limit: 50 }))
        expect(new Set(history.repair_lines.map((l: any) => l.service_order.number))).toEqual(new Set([order.number, second.number]))
        expect((await api.get(`/admin/service-objects/${object.id}/repairs?service_order_id=${second.id}`, { headers })).data.count).toBe(2)

        // The object moves to v2; its later repairs count for v2, the earlier ones stay with v1.
        await api.post(`/admin/service-objects/${object.id}/bom-version`, { bom_version_id: v2.id }, { headers })
        await add(second.id, { symptom_code_id: codes.rattle.id, bom_component_id: v2.components[0].id })
        expect((await err(api.post(`/admin/service-orders/${second.id}/repair-lines`, { bom_component_id: fuse.id }, { headers }))).status).toBe(400)

        const all = (await api.get(`/admin/repair-statistics?product_id=${catalog.product.id}`, { headers })).data.repair_statistics
        expect(all.total).toBe(4)
        // Most frequent first; equal counts by code.
        expect(all.symptoms.map((s: any) => [s.symptom_code.code, s.count])).toEqual([
          ["NO_HEAT", 2],
          ["RATTLE", 2],
        ])
        expect(all.diagnoses).toEqual([expect.objectContaining({ diagnosis_code: expect.objectContaining({ code: "FUSE" }), count: 2 })])
        expect(all.symptom_diagnoses).toEqual([
          expect.objectContaining({ symptom_code: expect.objectContaining({ code: "NO_HEAT" }), diagnosis_code: expect.objectContaining({ code: "FUSE" }), count: 2 }),
        ])
        expect(all.components.map((c: any) => [c.bom_component.part_number, c.count]).sort()).toEqual([
          ["CMP-2", 1],
          ["F-10", 2],
        ])
        const ofV1 = (await api.get(`/admin/repair-statistics?bom_version_id=${v1.id}`, { headers })).data.repair_statistics
        expect(ofV1.total).toBe(3)
        const ofV2 = (await api.get(`/admin/repair-statistics?bom_version_id=${v2.id}`, { headers })).data.repair_statistics
        expect(ofV2.symptoms).toEqual([expect.objectContaining({ count: 1, symptom_code: expect.objectContaining({ code: "RATTLE" }) })])
        const ofFuse = (await api.get(`/admin/repair-statistics?bom_component_id=${fuse.id}`, { headers })).data.repair_statistics
        expect(ofFuse.total).toBe(2)
        expect((await api.get(`/admin/repair-statistics?product_id=prod_none`, { headers })).data.repair_statistics).toEqual({
          total: 0,
          symptoms: [],
          diagnoses: [],
          symptom_diagnoses: [],
          resolutions: [],
          components: [],
        })
        expect((await err(api.get(`/admin/repair-statistics?surprise=1`, { headers }))).status).toBe(400)
        expect((await err(api.get(`/admin/repair-statistics?from=notadate`, { headers }))).status).toBe(400)
      })
    })

    describe("compensation", () => {
      it("undoes approvals, repair lines, status moves and BOM moves when a later hook fails", async () => {
        const { codes, bom, v2, object, order } = await repairSetup()
        const container = getContainer()
        const line = (await api.post(`/admin/service-orders/${order.id}/repair-lines`, { diagnosis_code_id: codes.fuse.id }, { headers })).data.repair_line
        const successor = (await api.post(`/admin/boms/${bom.id}/versions`, { valid_from: "2030-01-01T00:00:00Z" }, { headers })).data.bom_version
        // A BOM of another product, whose first version nothing overlaps.
        const otherProduct = await container.resolve(Modules.PRODUCT).createProducts({ title: "Other product" })
        const otherBom = (await api.post("/admin/boms", { product_id: otherProduct.id, name: "Other" }, { headers })).data.bom
        const draft = (await api.post(`/admin/boms/${otherBom.id}/versions`, {}, { headers })).data.bom_version
        failHooks = true

        const approval = await approveBomVersionWorkflow(container).run({ input: { bom_id: otherBom.id, version_id: draft.id }, throwOnError: false })
        expect(approval.errors[0].error.message).toBe("Host app refused")
        expect((await api.get(`/admin/boms/${otherBom.id}/versions/${draft.id}`, { headers })).data.bom_version).toEqual(
          expect.objectContaining({ status: "draft", approved_at: null })
        )

        // A superseding approval that fails leaves the current version's validity as it was.
        const superseding = await approveBomVersionWorkflow(container).run({
          input: { bom_id: bom.id, version_id: successor.id, supersede: true },
          throwOnError: false,
        })
        expect(superseding.errors).toHaveLength(1)
        expect((await api.get(`/admin/boms/${bom.id}/versions/${v2.id}`, { headers })).data.bom_version.valid_to).toBeNull()
        expect((await api.get(`/admin/boms/${bom.id}/versions/${successor.id}`, { headers })).data.bom_version.status).toBe("draft")

        const added = await addRepairLineWorkflow(container).run({ input: { service_order_id: order.id, repair_line: {} }, throwOnError: false })
        expect(added.errors).toHaveLength(1)
        const moved = await updateRepairLineWorkflow(container).run({
          input: { service_order_id: order.id, line_id: line.id, update: { status: "diagnosed", notes: "x" } },
          throwOnError: false,
        })
        expect(moved.errors).toHaveLength(1)
        const after = await lines(order.id)
        expect(after.count).toBe(1)
        expect(after.repair_lines[0]).toEqual(expect.objectContaining({ status: "open", diagnosed_at: null, notes: null }))

        const bomMove = await moveServiceObjectBomVersionWorkflow(container).run({
          input: { service_object_id: object.id, bom_version_id: v2.id },
          throwOnError: false,
        })
        expect(bomMove.errors).toHaveLength(1)
        const view = (await api.get(`/admin/service-objects/${object.id}/bom-version`, { headers })).data
        expect(view.bom_version.version).toBe(1)
        expect(view.history).toHaveLength(1)
      })
    })
  },
})
