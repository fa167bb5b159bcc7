import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { createAdmin } from "../helpers/auth"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    const err = (p: Promise<any>) => p.then((r) => r, (e) => e.response)
    const stageByCode = async (code: string) =>
      (await api.get(`/admin/service-stages?code=${code}`, { headers })).data.service_stages[0]

    beforeEach(async () => {
      const container = getContainer()
      await container.resolve(SERVICE_MANAGEMENT_MODULE).ensureDefaultStages()
      ;({ headers } = await createAdmin(container))
    })

    describe("service stages", () => {
      it("lists the default stages in order, with their reasons", async () => {
        const { data } = await api.get("/admin/service-stages", { headers })
        expect(data).toEqual(expect.objectContaining({ count: 6, offset: 0, limit: 50 }))
        expect(data.service_stages.map((s: any) => s.code)).toEqual([
          "requested",
          "scheduled",
          "in_progress",
          "completed",
          "closed",
          "cancelled",
        ])
        const cancelled = data.service_stages[5]
        expect(cancelled.reasons.map((r: any) => r.code)).toEqual(
          expect.arrayContaining(["customer_request", "duplicate"])
        )
      })

      it("creates a stage, wires it into the flow, and moves the initial flag", async () => {
        const created = (
          await api.post(
            "/admin/service-stages",
            {
              code: "waiting_for_parts",
              name: "Waiting for parts",
              position: 35,
              color: "orange",
              allow_edit_lines: true,
              next_stage_codes: ["in_progress", "cancelled"],
            },
            { headers }
          )
        ).data.service_stage
        expect(created).toEqual(expect.objectContaining({ code: "waiting_for_parts", is_initial: false }))

        const inProgress = await stageByCode("in_progress")
        const updated = (
          await api.post(
            `/admin/service-stages/${inProgress.id}`,
            { next_stage_codes: [...inProgress.next_stage_codes, "waiting_for_parts"] },
            { headers }
          )
        ).data.service_stage
        expect(updated.next_stage_codes).toContain("waiting_for_parts")

        await api.post(`/admin/service-stages/${created.id}`, { is_initial: true }, { headers })
        const stages = (await api.get("/admin/service-stages?is_active=true", { headers })).data.service_stages
        expect(stages.filter((s: any) => s.is_initial).map((s: any) => s.code)).toEqual(["waiting_for_parts"])
      })

      it("refuses bad stages with 400 and changes nothing", async () => {
        const bad = [
          { code: "Bad Code", name: "x" },
          { code: "ok_code" },
          { code: "ok_code", name: "x", next_stage_codes: ["nowhere"] },
          { code: "ok_code", name: "x", next_stage_codes: ["ok_code"] },
          { code: "ok_code", name: "x", color: "pink" },
          { code: "ok_code", name: "x", surprise: 1 },
        ]
        for (const body of bad) {
          const res = await err(api.post("/admin/service-stages", body, { headers }))
          expect(res.status).toBe(400)
        }
        const duplicate = await err(api.post("/admin/service-stages", { code: "closed", name: "Again" }, { headers }))
        expect(duplicate.status).toBeGreaterThanOrEqual(400)
        expect(duplicate.status).toBeLessThan(500)
        expect((await api.get("/admin/service-stages", { headers })).data.count).toBe(6)
        const closed = await stageByCode("closed")
        expect((await err(api.post(`/admin/service-stages/${closed.id}`, { code: "renamed" }, { headers }))).status).toBe(400)
        expect((await err(api.post(`/admin/service-stages/${closed.id}`, {}, { headers }))).status).toBe(400)
        expect((await err(api.get(`/admin/service-stages?order=nope`, { headers }))).status).toBe(400)
      })

      it("refuses to delete stages in use or leading somewhere, and deletes free ones", async () => {
        const requested = await stageByCode("requested")
        const initial = await err(api.delete(`/admin/service-stages/${requested.id}`, { headers }))
        expect(initial.status).toBe(400)
        expect(initial.data.message).toMatch(/initial stage/)
        const closed = await stageByCode("closed")
        const referenced = await err(api.delete(`/admin/service-stages/${closed.id}`, { headers }))
        expect(referenced.data.message).toMatch(/is a next stage of completed/)

        const customer = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "a@b.dev" })
        const scheduled = await stageByCode("scheduled")
        await api.post("/admin/service-orders", { customer_id: customer.id, stage_code: "scheduled" }, { headers })
        await api.post(`/admin/service-stages/${(await stageByCode("requested")).id}`, { next_stage_codes: ["in_progress", "cancelled"] }, { headers })
        await api.post(`/admin/service-stages/${(await stageByCode("in_progress")).id}`, { next_stage_codes: ["completed", "cancelled"] }, { headers })
        const inUse = await err(api.delete(`/admin/service-stages/${scheduled.id}`, { headers }))
        expect(inUse.status).toBe(400)
        expect(inUse.data.message).toMatch(/service order\(s\) are in this stage/)

        const spare = (await api.post("/admin/service-stages", { code: "spare", name: "Spare" }, { headers })).data.service_stage
        const deleted = (await api.delete(`/admin/service-stages/${spare.id}`, { headers })).data
        expect(deleted).toEqual({ id: spare.id, object: "service_stage", deleted: true })
        expect((await err(api.get(`/admin/service-stages/${spare.id}`, { headers }))).status).toBe(404)
      })

      it("manages a stage's reasons", async () => {
        const cancelled = await stageByCode("cancelled")
        const withReason = (
          await api.post(`/admin/service-stages/${cancelled.id}/reasons`, { code: "weather", label: "Bad weather" }, { headers })
        ).data.service_stage
        const reason = withReason.reasons.find((r: any) => r.code === "weather")
        expect(reason.label).toBe("Bad weather")
        const renamed = (
          await api.post(`/admin/service-stages/${cancelled.id}/reasons/${reason.id}`, { label: "Storm", is_active: false }, { headers })
        ).data.service_stage
        expect(renamed.reasons.find((r: any) => r.id === reason.id)).toEqual(expect.objectContaining({ label: "Storm", is_active: false }))
        const other = await stageByCode("closed")
        expect((await err(api.post(`/admin/service-stages/${other.id}/reasons/${reason.id}`, { label: "x" }, { headers }))).status).toBe(404)
        expect((await err(api.post(`/admin/service-stages/${cancelled.id}/reasons`, { code: "x y", label: "x" }, { headers }))).status).toBe(400)
        expect((await err(api.post(`/admin/service-stages/sstg_missing/reasons`, { code: "x", label: "x" }, { headers }))).status).toBe(404)
        const removed = (await api.delete(`/admin/service-stages/${cancelled.id}/reasons/${reason.id}`, { headers })).data
        expect(removed).toEqual(expect.objectContaining({ id: reason.id, deleted: true }))
        expect(removed.parent.reasons.map((r: any) => r.id)).not.toContain(reason.id)
      })

      it("answers 401 without a token and 404 for unknown ids", async () => {
        expect((await err(api.get("/admin/service-stages"))).status).toBe(401)
        expect((await err(api.post("/admin/service-stages", { code: "a", name: "a" }))).status).toBe(401)
        expect((await err(api.get("/admin/service-stages/sstg_missing", { headers }))).status).toBe(404)
        expect((await err(api.post("/admin/service-stages/sstg_missing", { name: "x" }, { headers }))).status).toBe(404)
        expect((await err(api.delete("/admin/service-stages/sstg_missing", { headers }))).status).toBe(404)
      })
    })

    describe("service tasks", () => {
      it("creates, lists, searches, updates and deletes tasks", async () => {
        const res = await err(
          api.post(
            "/admin/service-tasks",
            { code: "INSPECT", name: "Annual inspection", default_duration_minutes: 90, default_unit_price: 120, required_skills: ["gas"] },
            { headers }
          )
        )
        expect(res.data).toEqual(expect.objectContaining({ service_task: expect.any(Object) }))
        const task = res.data.service_task
        expect(task).toEqual(expect.objectContaining({ code: "INSPECT", required_skills: ["gas"], is_active: true }))
        await api.post("/admin/service-tasks", { code: "REPAIR", name: "Repair" }, { headers })
        const list = (await api.get("/admin/service-tasks?q=inspection", { headers })).data
        expect(list.service_tasks.map((t: any) => t.code)).toEqual(["INSPECT"])
        const updated = (await api.post(`/admin/service-tasks/${task.id}`, { is_active: false }, { headers })).data.service_task
        expect(updated.is_active).toBe(false)
        expect((await api.get("/admin/service-tasks?is_active=true", { headers })).data.count).toBe(1)
        const deleted = (await api.delete(`/admin/service-tasks/${task.id}`, { headers })).data
        expect(deleted).toEqual({ id: task.id, object: "service_task", deleted: true })
      })

      it("refuses to delete a task used on a service order line", async () => {
        const task = (await api.post("/admin/service-tasks", { code: "T1", name: "Task" }, { headers })).data.service_task
        const customer = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "t@b.dev" })
        await api.post(
          "/admin/service-orders",
          { customer_id: customer.id, lines: [{ type: "hour", quantity: 1, service_task_id: task.id }] },
          { headers }
        )
        const res = await err(api.delete(`/admin/service-tasks/${task.id}`, { headers }))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/deactivate it instead/)
      })

      it("answers 400, 401 and 404", async () => {
        for (const body of [{ name: "x" }, { code: "bad code", name: "x" }, { code: "A", name: "x", default_unit_price: -1 }, { code: "A", name: "x", nope: 1 }]) {
          expect((await err(api.post("/admin/service-tasks", body, { headers }))).status).toBe(400)
        }
        expect((await err(api.get("/admin/service-tasks"))).status).toBe(401)
        expect((await err(api.get("/admin/service-tasks/stsk_missing", { headers }))).status).toBe(404)
        expect((await err(api.post("/admin/service-tasks/stsk_missing", { name: "x" }, { headers }))).status).toBe(404)
        expect((await err(api.delete("/admin/service-tasks/stsk_missing", { headers }))).status).toBe(404)
      })
    })
  },
})
