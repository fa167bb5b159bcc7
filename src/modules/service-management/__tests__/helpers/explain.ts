import { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/** Postgres's plan for `sql`, as the text EXPLAIN prints (one line per node). */
export async function explain(manager: SqlEntityManager, sql: string, params: unknown[] = []): Promise<string> {
  const rows: { "QUERY PLAN": string }[] = await manager.execute(`EXPLAIN ${sql}`, params)
  return rows.map((r) => r["QUERY PLAN"]).join("\n")
}
