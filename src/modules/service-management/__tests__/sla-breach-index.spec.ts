import { breachCandidates } from "../utils/sla-breach-candidates"
import { analyzedPlan, plannedTablesTestRunner } from "./helpers/planned-tables"

jest.setTimeout(120000)

/**
 * The breach check must read what it may mark, not the orders' history: 20 000 past response
 * targets, of which 20 are still open and 20 were met late; the rest were met in time and never
 * become breaches, so they must not be in the check's index at all.
 */
plannedTablesTestRunner(
  async (manager) => {
    await manager.execute(
      `INSERT INTO service_order (id, display_id, number, customer_id, priority, channel, currency_code, stage_id, created_at, response_due_at, responded_at)
       SELECT 'sord_' || i, i, 'SO-' || i, 'cus_1', 'normal', 'admin', 'usd', (SELECT id FROM service_stage WHERE code = 'requested'),
         now() - (i || ' minutes')::interval - interval '1 hour', now() - (i || ' minutes')::interval,
         CASE WHEN i % 1000 = 0 THEN NULL
              WHEN i % 1000 = 500 THEN now() - (i || ' minutes')::interval + interval '5 minutes'
              ELSE now() - (i || ' minutes')::interval - interval '1 minute' END
       FROM generate_series(1, 20000) AS i`
    )
    await manager.execute("ANALYZE service_order")
  },
  ({ MikroOrmWrapper, service }) => {
    it("the check's index holds only open or late targets, and the check reads it", async () => {
      const plan = await analyzedPlan(
        MikroOrmWrapper.forkManager(),
        `SELECT id FROM service_order WHERE ${breachCandidates("response")} AND response_due_at < now() ORDER BY response_due_at, id LIMIT 500`
      )
      expect(plan).toMatch(/Index Scan using "IDX_service_order_response_due_at" on service_order \(actual rows=40(\.00)? loops=1\)/)
      expect(plan).not.toMatch(/Rows Removed by Filter/)
    })

    it("marks exactly the open and late targets, once", async () => {
      const marked = await service.markSlaBreaches({ metric: "response", now: new Date(), limit: 1000 })
      const numbers = marked.map((m) => Number(m.number.slice(3)) % 1000).sort((a, b) => a - b)
      expect(numbers).toEqual([...Array(20).fill(0), ...Array(20).fill(500)])
      expect(await service.markSlaBreaches({ metric: "response", now: new Date(), limit: 1000 })).toEqual([])
    })
  }
)
