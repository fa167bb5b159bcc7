import { randomUUID } from "crypto"
import { Context } from "@medusajs/framework/types"
import { SqlRepository, placeholders } from "./sql"

/** A report's SQL: the rows (without ORDER BY), their order, and the totals per currency. */
export type ReportSql = {
  rows: string
  params: unknown[]
  /** ORDER BY of the rows, over the rows' own column names; ends with a unique key so pages are stable. */
  order: string
  totals?: { sql: string; params: unknown[] }
}

export type ReportRow = Record<string, unknown>
export type ReportPage = { rows: ReportRow[]; totals: ReportRow[]; count: number }
export type ReportPaging = { limit: number; offset: number }

/** Numbers Postgres sends as strings (numeric, bigint) turned into JS numbers; dates stay dates. */
const numeric = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i
export function toNumbers(row: ReportRow, columns: readonly string[]): ReportRow {
  const out = { ...row }
  for (const c of columns) {
    const v = out[c]
    if (typeof v === "string" && numeric.test(v)) {
      out[c] = Number(v)
    }
  }
  return out
}

/**
 * Base of the report repositories: each builds its SQL from filters; this runs it as a page
 * (rows, their count and the totals: three queries) or through a server-side cursor in batches,
 * so an export of any size holds one batch in memory.
 */
export abstract class ReportRepository<Filters> extends SqlRepository {
  /** Columns whose values are numbers (numeric/bigint come back from pg as strings). */
  protected abstract readonly numberColumns: readonly string[]

  protected abstract build(filters: Filters): ReportSql

  async page(filters: Filters, paging: ReportPaging, sharedContext: Context = {}): Promise<ReportPage> {
    const q = this.build(filters)
    const manager = this.manager(sharedContext)
    const rows = await manager.execute<ReportRow[]>(`SELECT r.* FROM (${q.rows}) r ORDER BY ${q.order} LIMIT ? OFFSET ?`, [
      ...q.params,
      paging.limit,
      paging.offset,
    ])
    const [{ count }] = await manager.execute<{ count: string }[]>(`SELECT count(*) AS count FROM (${q.rows}) r`, q.params)
    const totals = q.totals ? await manager.execute<ReportRow[]>(q.totals.sql, q.totals.params) : []
    return {
      rows: rows.map((r) => toNumbers(r, this.numberColumns)),
      totals: totals.map((r) => toNumbers(r, this.numberColumns)),
      count: Number(count),
    }
  }

  /** Every row, `batchSize` at a time, through a cursor; needs the caller's transaction. */
  async stream(filters: Filters, batchSize: number, onRows: (rows: ReportRow[]) => Promise<void>, sharedContext: Context = {}) {
    const q = this.build(filters)
    const manager = this.manager(sharedContext)
    const cursor = `report_${randomUUID().replace(/-/g, "")}`
    await manager.execute(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT r.* FROM (${q.rows}) r ORDER BY ${q.order}`, q.params)
    for (;;) {
      const rows = await manager.execute<ReportRow[]>(`FETCH ${batchSize} FROM ${cursor}`)
      if (!rows.length) {
        break
      }
      await onRows(rows.map((r) => toNumbers(r, this.numberColumns)))
    }
    await manager.execute(`CLOSE ${cursor}`)
  }
}

/** Builds a WHERE clause and its parameters together, so the two cannot drift apart. */
export class Where {
  readonly parts: string[] = []
  readonly params: unknown[] = []

  constructor(...fixed: string[]) {
    this.parts.push(...fixed)
  }

  /** `sql` with `?` placeholders for `values`, added when `when` holds. */
  add(when: unknown, sql: string, ...values: unknown[]): this {
    if (when !== undefined && when !== null && !(Array.isArray(when) && !when.length)) {
      this.parts.push(sql)
      this.params.push(...values)
    }
    return this
  }

  /** `column IN (…)` for a list of ids or codes. */
  in(column: string, values: readonly string[] | undefined): this {
    return this.add(values, `${column} IN (${placeholders(values ?? [])})`, ...(values ?? []))
  }

  toString() {
    return this.parts.length ? this.parts.join(" AND ") : "true"
  }
}
