import { plannedTablesTestRunner } from "./helpers/planned-tables"

jest.setTimeout(120000)

const reltuples = async (manager: { execute: (sql: string) => Promise<{ reltuples: number }[]> }) =>
  Number((await manager.execute("SELECT reltuples FROM pg_class WHERE relname = 'service_subscription_fee_transaction'"))[0].reltuples)

/**
 * A billing run that created many fees refreshes the fee table's statistics before invoicing
 * groups them: 20 000 pending fees written after the table's last analyze are, to the planner,
 * not there until `analyzeFeeTransactions` runs.
 */
plannedTablesTestRunner(
  async (manager) => {
    await manager.execute(
      `INSERT INTO service_subscription (id, display_id, number, customer_id, description, amount, raw_amount, currency_code, frequency,
         billing_timing, start_date, status, next_period_start, next_due_at)
       SELECT 'ssub_' || i, i, 'SUB-' || i, 'cus_' || (i % 10), 'Plan', 10, '{"value":"10","precision":20}', 'eur', 'monthly',
         'advance', '2000-01-01', 'active', '2000-01-01', '2000-01-01'
       FROM generate_series(1, 100) AS i`
    )
    await manager.execute(
      `INSERT INTO service_subscription_fee_transaction (id, customer_id, currency_code, period_start, period_end, due_at, period_days,
         billable_days, full_amount, raw_full_amount, amount, raw_amount, subscription_id)
       SELECT 'ssft_' || i || '_' || j, 'cus_' || (i % 10), 'eur', p, p + interval '1 month', p, 30, 30,
         10, '{"value":"10","precision":20}', 10, '{"value":"10","precision":20}', 'ssub_' || i
       FROM generate_series(1, 100) AS i, generate_series(1, 200) AS j,
         LATERAL (SELECT timestamptz '2000-01-01' + make_interval(months => j) AS p) AS d`
    )
  },
  ({ MikroOrmWrapper, service }) => {
    it("refreshes the planner's row count of the fee table", async () => {
      const manager = MikroOrmWrapper.forkManager()
      expect(await reltuples(manager)).not.toBe(20000)
      await service.analyzeFeeTransactions()
      expect(await reltuples(manager)).toBe(20000)
    })
  }
)
