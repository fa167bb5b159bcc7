import { Knex } from "@medusajs/framework/mikro-orm/knex"

/** The p-th percentile of ascending timings. */
export function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** Runs `fn` `runs` times; returns the p50/p95 in ms and the last result. */
export async function measure<T>(runs: number, fn: () => Promise<T>) {
  const times: number[] = []
  let result: T | undefined
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    result = await fn()
    times.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), result: result as T }
}

/** A markdown table of measured cases. */
export function table(title: string, rows: { name: string; matches: number | string; p50: number; p95: number }[]) {
  return (
    `\n${title}\n\n| case | matches | p50 | p95 |\n|---|---|---|---|\n` +
    rows.map((r) => `| ${r.name} | ${r.matches} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`).join("\n")
  )
}

/**
 * Inserts `rows` service orders ('sord_bench_<i>', number BENCH-<i>) spread over 2 000 customers and
 * the given stages with one set-based INSERT; `removeBenchOrders` deletes them again.
 */
export async function insertBenchOrders(pg: Knex, stageIds: string[], rows: number) {
  await pg.raw(
    `INSERT INTO service_order (id, display_id, number, customer_id, title, priority, channel, currency_code,
       stage_id, revenue_total, cost_total, margin_total, created_at, updated_at)
     SELECT 'sord_bench_' || i, 900000000 + i, 'BENCH-' || lpad(i::text, 7, '0'), 'cus_bench_' || (i % 2000),
       'Benchmark order ' || i, (ARRAY['low','normal','high','urgent'])[1 + i % 4], 'admin', 'usd',
       (?::text[])[1 + i % ?], i % 500, i % 300, i % 500 - i % 300, now() - (i || ' minutes')::interval, now()
     FROM generate_series(1, ?) AS i`,
    [stageIds, stageIds.length, rows]
  )
  await pg.raw("ANALYZE service_order")
}

export async function removeBenchOrders(pg: Knex) {
  await pg.raw("DELETE FROM service_order WHERE id LIKE 'sord_bench_%'")
}
