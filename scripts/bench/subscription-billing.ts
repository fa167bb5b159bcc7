/**
 * Benchmark of the billing run's first phase — creating the fee transactions due — over
 * BENCH_ROWS subscriptions (default 100 000: monthly, quarterly and yearly; in advance and in
 * arrears; a few with a pause) started three months ago, so each has one to four periods due.
 * Measures the first pass (everything due is created) and a second pass over the same data
 * (nothing left to create: what a re-run after a crash costs), then checks no period was created
 * twice.
 *
 *   DATABASE_URL=… npx medusa exec ./scripts/bench/subscription-billing.ts
 *
 * Rows are inserted set-based and removed afterwards (BENCH_KEEP=1 keeps them).
 */
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createDueFeeTransactions } from "../../src/workflows/subscription-billing/steps/create-due-fee-transactions"

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000)

export default async function bench({ container }: ExecArgs) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const asOf = new Date()
  const started = Date.now()
  try {
    await pg.raw(
      `INSERT INTO service_subscription (id, display_id, number, customer_id, description, amount, raw_amount,
         currency_code, frequency, billing_timing, start_date, status, pauses, next_period_start, next_due_at)
       SELECT 'ssub_bench_' || i, 900000000 + i, 'BENCH-SUB-' || i, 'cus_bench_' || (i % 5000), 'Benchmark plan ' || i,
         10 + i % 90, jsonb_build_object('value', (10 + i % 90)::text, 'precision', 20),
         (ARRAY['eur','usd'])[1 + i % 2], (ARRAY['monthly','monthly','monthly','quarterly','yearly'])[1 + i % 5],
         (ARRAY['advance','arrears'])[1 + i % 2], s.start, 'active',
         CASE WHEN i % 50 = 0 THEN jsonb_build_array(jsonb_build_object('from', s.start + interval '20 days', 'to', s.start + interval '35 days')) END,
         s.start,
         -- The cursor as the create workflow sets it: advance is due at the period start, arrears at its end.
         CASE WHEN i % 2 = 0 THEN s.start
              ELSE s.start + (ARRAY[interval '1 month', interval '1 month', interval '1 month', interval '3 months', interval '1 year'])[1 + i % 5] END
       FROM generate_series(1, ?) AS i,
            LATERAL (SELECT date_trunc('day', now() - interval '3 months' + ((i % 28) || ' days')::interval) AS start) AS s`,
      [ROWS]
    )
    await pg.raw("ANALYZE service_subscription")
    console.log(`inserted ${ROWS} subscriptions in ${Date.now() - started} ms`)

    const rows: { name: string; subscriptions: number; created: number; ms: number }[] = []
    for (const name of ["first run: create every fee due", "second run: nothing left to create"]) {
      const t = Date.now()
      const { created } = await createDueFeeTransactions(container, { as_of: asOf, billing_run_id: null })
      rows.push({ name, subscriptions: ROWS, created: created.length, ms: Date.now() - t })
    }
    const [{ duplicates }] = (
      await pg.raw(
        `SELECT count(*)::int AS duplicates FROM (
           SELECT subscription_id, period_start FROM service_subscription_fee_transaction
           WHERE subscription_id LIKE 'ssub_bench_%' AND deleted_at IS NULL
           GROUP BY 1, 2 HAVING count(*) > 1) d`
      )
    ).rows
    console.log(
      `\nFee transaction creation (ms)\n\n| case | subscriptions | fees created | ms | fees/s |\n|---|---|---|---|---|\n` +
        rows
          .map((r) => `| ${r.name} | ${r.subscriptions} | ${r.created} | ${r.ms} | ${r.created ? Math.round((r.created / r.ms) * 1000) : "–"} |`)
          .join("\n") +
        `\n\nperiods created twice: ${duplicates}`
    )
  } finally {
    if (!process.env.BENCH_KEEP) {
      await pg.raw("DELETE FROM service_subscription_fee_transaction WHERE subscription_id LIKE 'ssub_bench_%'")
      await pg.raw("DELETE FROM service_subscription WHERE id LIKE 'ssub_bench_%'")
    }
  }
}
