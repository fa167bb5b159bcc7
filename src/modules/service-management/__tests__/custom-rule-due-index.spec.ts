import { CUSTOM_RULE_DUE_SQL } from "../repositories/subscription-cursors"
import { analyzedPlan, plannedTablesTestRunner } from "./helpers/planned-tables"

jest.setTimeout(120000)

/**
 * A billing run reads its custom-RRULE subscriptions apart from the ones billed in SQL: of 20 000
 * due subscriptions, 20 are on a weekly RRULE and 20 on a plain monthly one (billed in SQL) — the
 * read finds the 20 weekly ones from the partial index of custom-rule subscriptions, without
 * reading every due subscription, nor the plain monthly RRULE ones.
 */
plannedTablesTestRunner(
  async (manager) => {
    await manager.execute(
      `INSERT INTO service_subscription_cursor (id, next_period_start, next_due_at)
       SELECT 'ssubcur_' || lpad(i::text, 5, '0'), date_trunc('day', now()) - interval '3 days', date_trunc('day', now()) - interval '3 days'
       FROM generate_series(1, 20000) AS i`
    )
    await manager.execute(
      `INSERT INTO service_subscription (id, display_id, number, customer_id, description, amount, raw_amount, currency_code, frequency, rrule,
         billing_timing, start_date, status, cursor_id)
       SELECT 'ssub_' || lpad(i::text, 5, '0'), i, 'SUB-' || i, 'cus_1', 'Plan', 10, '{"value":"10","precision":20}', 'eur',
         CASE WHEN i % 1000 IN (0, 500) THEN 'rrule' ELSE 'monthly' END,
         CASE i % 1000 WHEN 0 THEN 'FREQ=WEEKLY' WHEN 500 THEN 'FREQ=MONTHLY' END,
         'advance', date_trunc('day', now()) - interval '3 days', 'active', 'ssubcur_' || lpad(i::text, 5, '0')
       FROM generate_series(1, 20000) AS i`
    )
    await manager.execute("ANALYZE service_subscription")
    await manager.execute("ANALYZE service_subscription_cursor")
  },
  ({ MikroOrmWrapper, service }) => {
    it("reads only the custom-rule subscriptions, from their partial index", async () => {
      const plan = await analyzedPlan(MikroOrmWrapper.forkManager(), CUSTOM_RULE_DUE_SQL, [new Date(), "", 5000])
      expect(plan).toMatch(/Index Scan (on|using) "IDX_service_subscription_custom_rule_id" on service_subscription s .*\(actual rows=20(\.00)? loops=1\)/)
      expect(plan).not.toMatch(/Seq Scan|Rows Removed by Filter/)
      const due = await service.listDueSubscriptions({ as_of: new Date(), after: "", limit: 5000 })
      expect(due.map((s) => Number(s.id.slice(5)) % 1000)).toEqual(Array(20).fill(0))
    })
  }
)
