// The rows every case reads: customers and `rows` service orders spread over the stages, inserted
// set-based (one statement each) under ids that say where they came from (cus_bench_*, sord_bench_*).

export const CUSTOMERS = 2000

/**
 * Whether a case's rows are there at this size already: `table` holds exactly `count` rows whose
 * id matches `idPattern`, a regular expression (a second run at the same scale then measures at
 * once). A pattern, not a prefix: one case's ids may begin with another's (`sagr_bench_ent_…`).
 */
export async function filledAt(pg, table, idPattern, count) {
  const { rows: [{ n }] } = await pg.query(`SELECT count(*)::int AS n FROM ${table} WHERE id ~ $1`, [idPattern])
  return n === count
}

/** Inserts the customers and `rows` orders unless they are there; returns the stages by code. */
export async function fillBase(pg, rows) {
  const stages = (await pg.query("SELECT id, code FROM service_stage WHERE deleted_at IS NULL ORDER BY position")).rows
  if (await filledAt(pg, "service_order", "^sord_bench_", rows)) {
    return stages
  }
  await pg.query("DELETE FROM service_order WHERE id LIKE 'sord_bench_%'")
  await pg.query(
    `INSERT INTO customer (id, email, first_name, last_name, company_name)
     SELECT 'cus_bench_' || i, 'bench' || i || '@example.com', 'First' || i, 'Last' || i, CASE WHEN i % 3 = 0 THEN 'Company ' || i END
     FROM generate_series(0, $1 - 1) AS i
     ON CONFLICT (id) DO NOTHING`,
    [CUSTOMERS]
  )
  await pg.query(
    `INSERT INTO service_order (id, display_id, number, customer_id, title, priority, channel, currency_code,
       stage_id, stage_changed_at, revenue_total, cost_total, margin_total, created_at, updated_at)
     SELECT 'sord_bench_' || i, 900000000 + i, 'BENCH-' || lpad(i::text, 7, '0'), 'cus_bench_' || (i % $3),
       'Benchmark order ' || i, (ARRAY['low','normal','high','urgent'])[1 + i % 4], 'admin', 'usd',
       ($1::text[])[1 + i % cardinality($1::text[])], now() - (i || ' minutes')::interval,
       i % 500, i % 300, i % 500 - i % 300, now() - (i || ' minutes')::interval, now()
     FROM generate_series(1, $2) AS i`,
    [stages.map((s) => s.id), rows, CUSTOMERS]
  )
  await vacuumAnalyze(pg, ["customer", "service_order"])
  return stages
}

/**
 * VACUUM ANALYZE after a fill: statistics for the planner, and no autovacuum of the new rows
 * running during the first measures. (One statement per table: VACUUM refuses a multi-statement query.)
 */
export async function vacuumAnalyze(pg, tables) {
  for (const table of tables) {
    await pg.query(`VACUUM ANALYZE ${table}`)
  }
}
