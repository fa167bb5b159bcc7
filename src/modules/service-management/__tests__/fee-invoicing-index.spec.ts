import { CLAIM_FOR_INVOICE_SQL, PENDING_INVOICE_GROUPS_SQL, SETTLE_CLAIM_SQL, UNSETTLE_SQL } from "../repositories/fee-transactions"
import { explain } from "./helpers/explain"
import { plannedTablesTestRunner } from "./helpers/planned-tables"

jest.setTimeout(120000)

/**
 * A billing run invoices the fees it has just created, before autovacuum's analyze has seen them:
 * here the fee table's statistics were taken while it was empty, then 20,000 pending fees (and
 * one claimed invoice) were written. Every invoicing statement still finds its rows through an
 * index — none reads the whole fee table, whatever the planner believes its size to be.
 */
plannedTablesTestRunner(
  async (manager) => {
    await manager.execute("ANALYZE service_subscription_fee_transaction")
    await manager.execute(
      `INSERT INTO service_subscription (id, display_id, number, customer_id, description, amount, raw_amount, currency_code, frequency,
         billing_timing, start_date, status)
       SELECT 'ssub_' || i, i, 'SUB-' || i, 'cus_' || (i % 10), 'Plan', 10, '{"value":"10","precision":20}', 'eur', 'monthly',
         'advance', '2000-01-01', 'active'
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
    const plans: [string, string, unknown[]][] = [
      ["the customers and currencies to invoice", PENDING_INVOICE_GROUPS_SQL, [new Date()]],
      ["a claim", CLAIM_FOR_INVOICE_SQL, ["order_2", "sbrn_1", "cus_3", "eur", new Date()]],
      ["settling an invoiced claim", SETTLE_CLAIM_SQL.invoiced, ["order_1"]],
      ["releasing a claim", SETTLE_CLAIM_SQL.pending, ["order_1"]],
      ["undoing a settle", UNSETTLE_SQL, ["order_1"]],
    ]

    it.each(plans)("plans %s on an index of the fee table", async (_, sql, params) => {
      const manager = MikroOrmWrapper.forkManager()
      const [{ reltuples }] = await manager.execute("SELECT reltuples FROM pg_class WHERE relname = 'service_subscription_fee_transaction'")
      expect(Number(reltuples)).toBeLessThan(20000)
      const plan = await explain(manager, sql, params)
      expect(plan).toMatch(/Index (Only )?Scan using "?IDX_service_subscription_fee_transaction_\w+"? on service_subscription_fee_transaction/)
      expect(plan).not.toMatch(/Seq Scan on service_subscription_fee_transaction/)
    })
  }
)
