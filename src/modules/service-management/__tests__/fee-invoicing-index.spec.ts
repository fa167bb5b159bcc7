import { CLAIM_FOR_INVOICE_SQL, PENDING_INVOICE_GROUPS_SQL, SETTLE_CLAIM_SQL, UNSETTLE_SQL } from "../repositories/fee-transactions"
import { analyzedPlan, plannedTablesTestRunner } from "./helpers/planned-tables"

jest.setTimeout(120000)

/**
 * A billing run invoices the fees it has just created, before autovacuum's analyze has seen them:
 * here the fee table's statistics were taken while it was empty, then 20,000 pending fees of ten
 * customers (and one claimed invoice of 20) were written. Every invoicing statement still reads
 * only the fees it is about — through an index, never the table or every pending fee, whatever
 * the planner believes their number to be (the grouping once hashed all of them: 0.8 s at 200,000).
 */
plannedTablesTestRunner(
  async (manager) => {
    // No autovacuum here: its analyze landing between the fill and the plan would make the statistics fresh.
    await manager.execute("ALTER TABLE service_subscription_fee_transaction SET (autovacuum_enabled = false)")
    await manager.execute("ANALYZE service_subscription_fee_transaction")
    await manager.execute(`INSERT INTO service_subscription_cursor (id) SELECT 'ssubcur_' || i FROM generate_series(1, 100) AS i`)
    await manager.execute(
      `INSERT INTO service_subscription (id, display_id, number, customer_id, description, amount, raw_amount, currency_code, frequency,
         billing_timing, start_date, status, cursor_id)
       SELECT 'ssub_' || i, i, 'SUB-' || i, 'cus_' || (i % 10), 'Plan', 10, '{"value":"10","precision":20}', 'eur', 'monthly',
         'advance', '2000-01-01', 'active', 'ssubcur_' || i
       FROM generate_series(1, 100) AS i`
    )
    await manager.execute(
      `INSERT INTO service_subscription_fee_transaction (id, customer_id, currency_code, period_start, period_end, due_at, period_days,
         billable_days, full_amount, raw_full_amount, amount, raw_amount, subscription_id, status, order_id)
       SELECT 'ssft_' || i || '_' || j, 'cus_' || (i % 10), 'eur', p, p + interval '1 month', p, 30, 30,
         10, '{"value":"10","precision":20}', 10, '{"value":"10","precision":20}', 'ssub_' || i,
         CASE WHEN i = 1 AND j <= 20 THEN 'invoicing' ELSE 'pending' END, CASE WHEN i = 1 AND j <= 20 THEN 'order_1' END
       FROM generate_series(1, 100) AS i, generate_series(1, 200) AS j,
         LATERAL (SELECT timestamptz '2000-01-01' + make_interval(months => j) AS p) AS d`
    )
  },
  ({ MikroOrmWrapper }) => {
    // [what, statement, params, most fee rows it may read]
    const plans: [string, string, unknown[], number][] = [
      ["finding the customers and currencies to invoice", PENDING_INVOICE_GROUPS_SQL, [new Date()], 30],
      ["a claim of one customer's 2,000 fees", CLAIM_FOR_INVOICE_SQL, ["order_2", "sbrn_1", "cus_3", "eur", new Date()], 2000],
      ["settling an invoiced claim", SETTLE_CLAIM_SQL.invoiced, ["order_1"], 20],
      ["releasing a claim", SETTLE_CLAIM_SQL.pending, ["order_1"], 20],
      ["undoing a settle", UNSETTLE_SQL, ["order_1"], 20],
    ]

    it.each(plans)("reads only its fees when %s", async (_, sql, params, most) => {
      const manager = MikroOrmWrapper.forkManager()
      const [{ reltuples }] = await manager.execute("SELECT reltuples FROM pg_class WHERE relname = 'service_subscription_fee_transaction'")
      expect(Number(reltuples)).toBeLessThan(20000)
      const plan = await analyzedPlan(manager, sql, params)
      expect(plan).not.toMatch(/Seq Scan on service_subscription_fee_transaction/)
      const scans = [...plan.matchAll(/Scan using "?(\w+)"? on service_subscription_fee_transaction\b.*\(actual rows=([\d.]+) loops=(\d+)\)/g)]
      expect(scans.length).toBeGreaterThan(0)
      for (const [line, index, rows, loops] of scans) {
        expect([index, Number(rows) * Number(loops) <= most ? "within" : line]).toEqual([expect.stringMatching(/^IDX_service_subscription_fee_transaction_/), "within"])
      }
    })
  }
)
