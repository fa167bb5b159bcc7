import { Context } from "@medusajs/framework/types"
import { DALUtils, MedusaError } from "@medusajs/framework/utils"
import { QueryResult } from "@medusajs/framework/mikro-orm/core"
import { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/** `?, ?, ?` for a list of parameters. */
export const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/** Runs a write and says how many rows it changed. */
export async function affectedRows(manager: SqlEntityManager, sql: string, params: unknown[]): Promise<number> {
  const result = await manager.execute<QueryResult>(sql, params, "run")
  return result?.affectedRows ?? 0
}

/**
 * Runs a statement with its parameters bound (sent to Postgres beside the SQL) and answers its
 * rows, in the manager's transaction when it has one. `manager.execute` instead writes each
 * parameter into the SQL text, escaping it character by character (MikroORM's `formatQuery`): for
 * the megabyte of JSON a batch insert carries, 100–250 ms of CPU and tens of MB of short-lived
 * strings per statement (most of a generation's GC time). For statements whose parameters are
 * large; same `?` placeholders.
 */
export async function executeBound<Row>(manager: SqlEntityManager, sql: string, params: unknown[]): Promise<Row[]> {
  return (await runBound<Row>(manager, sql, params)).rows
}

/** `affectedRows` with its parameters bound, as `executeBound` (for a write whose parameters are large). */
export async function affectedRowsBound(manager: SqlEntityManager, sql: string, params: unknown[]): Promise<number> {
  return (await runBound(manager, sql, params)).rowCount ?? 0
}

async function runBound<Row>(manager: SqlEntityManager, sql: string, params: unknown[]): Promise<{ rows: Row[]; rowCount: number | null }> {
  const query = manager.getKnex().raw(sql, params as Knex.RawBinding[])
  const transaction = manager.getTransactionContext()
  if (transaction) {
    query.transacting(transaction)
  }
  return query
}

/**
 * Holds `key` until the transaction ends (a transaction-level advisory lock), so work that must
 * not run twice at once queues instead.
 */
export async function lockForTransaction(manager: SqlEntityManager, key: string): Promise<void> {
  await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?::text))`, [key])
}

/**
 * Updates a row only if `expect` still holds (compare-and-set): of two concurrent changes from
 * the same state, the second finds nothing to update and gets a 409. Table and column names are
 * fixed strings of the repositories, never input.
 */
export async function compareAndSet<Row extends object>(
  manager: SqlEntityManager,
  input: {
    table: string
    set: [string, unknown][]
    id: string
    expect: [string, unknown]
    /** Columns written as JSON. */
    jsonb?: string[]
    /** The 409 message, or how to build it from the row as it is now (naming what is in the way). */
    conflict: string | ((current: Row | undefined) => string | Promise<string>)
  }
): Promise<void> {
  const assignments = input.set.map(([k]) => `"${k}" = ?${input.jsonb?.includes(k) ? "::jsonb" : ""}`).join(", ")
  // now() unless the caller gives the time (which it then answers without reading the row back).
  const stamp = input.set.some(([k]) => k === "updated_at") ? "" : ", updated_at = now()"
  const changed = await affectedRows(
    manager,
    `UPDATE "${input.table}" SET ${assignments}${stamp}
     WHERE id = ? AND "${input.expect[0]}" = ? AND deleted_at IS NULL`,
    [...input.set.map(([, v]) => v), input.id, input.expect[1]]
  )
  if (!changed) {
    const message =
      typeof input.conflict === "string"
        ? input.conflict
        : await input.conflict(
            (await manager.execute<Row[]>(`SELECT * FROM "${input.table}" WHERE id = ? AND deleted_at IS NULL`, [input.id]))[0]
          )
    throw new MedusaError(MedusaError.Types.CONFLICT, message)
  }
}

/**
 * Base of this module's SQL repositories: the work the generated CRUD cannot express (counters,
 * claims, compare-and-set moves, grouped counts). Not tied to a model, so registering one never
 * replaces a model's generated repository.
 */
export class SqlRepository extends DALUtils.MikroOrmBase {
  /** The caller's transaction (or manager) when there is one. */
  protected manager(sharedContext: Context = {}): SqlEntityManager {
    return this.getActiveManager<SqlEntityManager>(sharedContext)
  }
}
