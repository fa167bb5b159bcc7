import { GENERATION_CANDIDATES } from "../utils/generation-candidates"
import { analyzedPlan, plannedTablesTestRunner } from "./helpers/planned-tables"

jest.setTimeout(120000)

const day = 24 * 60 * 60 * 1000

/**
 * A generation that finds nothing due must not read every active agreement: of 20 000, 20 have an
 * unknown cursor (NULL: new or changed) and 20 a cursor that passed; the others' next occurrence is
 * ahead, drafts are never due — the check reads only the 40 from the cursors' partial index.
 */
plannedTablesTestRunner(
  async (manager) => {
    await manager.execute(
      `INSERT INTO service_agreement (id, display_id, number, customer_id, name, status, valid_from, currency_code, generation_due_at)
       SELECT 'sagr_' || lpad(i::text, 5, '0'), i, 'SA-' || i, 'cus_1', 'Agreement ' || i,
         CASE WHEN i % 1000 = 1 THEN 'draft' ELSE 'active' END, now() - interval '1 year', 'usd',
         CASE WHEN i % 1000 IN (0, 1) THEN NULL WHEN i % 1000 = 500 THEN now() - interval '1 day' ELSE now() + interval '20 days' END
       FROM generate_series(1, 20000) AS i`
    )
    await manager.execute("ANALYZE service_agreement")
  },
  ({ MikroOrmWrapper, service }) => {
    it("the check reads only the agreements whose cursor is unknown or passed, from the cursors' index", async () => {
      const plan = await analyzedPlan(
        MikroOrmWrapper.forkManager(),
        `SELECT id FROM service_agreement WHERE ${GENERATION_CANDIDATES} AND id > ? ORDER BY id LIMIT 100`,
        [new Date(), ""]
      )
      expect(plan).toMatch(/Index Scan on "IDX_service_agreement_generation_due_at"/)
      expect(plan).toMatch(/Heap Scan on service_agreement \(actual rows=40(\.00)? loops=1\)/)
      expect(plan).not.toMatch(/Seq Scan|Rows Removed by Filter/)
      const due = await service.listAgreementsDueForGeneration({ after: "", limit: 100, until: new Date() })
      expect(due.map((id) => Number(id.slice(5)) % 1000).sort((a, b) => a - b)).toEqual([...Array(20).fill(0), ...Array(20).fill(500)])
    })

    it("a cursor moves only while its agreement is unchanged; a change of the agreement or a line sets it back", async () => {
      const manager = MikroOrmWrapper.forkManager()
      const versionOf = async (id: string) => (await manager.execute(`SELECT xmin::text AS v FROM service_agreement WHERE id = ?`, [id]))[0].v as string
      const cursorOf = async (id: string) => (await service.listServiceAgreements({ id }, { select: ["generation_due_at"] }))[0].generation_due_at
      const ahead = new Date(Date.now() + 40 * day)

      const stale = await versionOf("sagr_01000")
      await service.updateServiceAgreements({ id: "sagr_01000", valid_to: new Date(Date.now() + 365 * day) })
      expect(await cursorOf("sagr_01000")).toBeNull()
      expect(await service.advanceGenerationCursors([{ id: "sagr_01000", version: stale, due_at: ahead }])).toEqual([])
      expect(await cursorOf("sagr_01000")).toBeNull()

      expect(await service.advanceGenerationCursors([{ id: "sagr_01000", version: await versionOf("sagr_01000"), due_at: ahead }])).toEqual(["sagr_01000"])
      expect(new Date((await cursorOf("sagr_01000"))!)).toEqual(ahead)

      await service.createServiceAgreementLines({ agreement_id: "sagr_01000", type: "hour", description: "Visit", quantity: 1, recurrence: "FREQ=MONTHLY" })
      expect(await cursorOf("sagr_01000")).toBeNull()
    })
  }
)
