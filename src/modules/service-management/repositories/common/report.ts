import { randomUUID } from "crypto"
import { Context } from "@medusajs/framework/types"
import { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { SqlRepository, placeholders } from "./sql"

/** A report's SQL: the rows (without ORDER BY), their order, and the totals per currency. */
export type ReportSql = {
  rows: string
  params: unknown[]
  /** ORDER BY of the rows, over the rows' own column names; ends with a unique key so pages are stable. */
  order: string
  /**
   * The totals: their own query, or `{ fromRows }`, a SELECT over `r` — the grouped rows — when
   * the groups add up to them (each record in one group), so the data is aggregated once; with
   * `params` when it also reads a table (a figure the groups cannot add up to).
   */
  totals?: { sql: string; params: unknown[] } | { fromRows: string; params?: unknown[] }
  /**
   * A pass over the data that `rows` and `fromRows` both read as `g`, for totals the groups cannot
   * add up to (a record in several groups) but the same aggregation can yield as a group of its
   * own. Placed before the rows: `params` holds its parameters first.
   */
  shared?: string
  /**
   * A listing of records rather than groups: the page is read in `order` straight from an index,
   * and the count is the sum of the totals' `countColumn` (the totals being their own `sql`), so
   * no pass reads every row for the page.
   */
  listing?: { countColumn: string }
}

/** `SELECT r.* FROM (rows) r` then `tail` (ORDER BY, LIMIT), with the report's shared pass before it. */
export const selectRows = (q: ReportSql, tail: string) => `${q.shared ? `WITH g AS (${q.shared}) ` : ""}SELECT r.* FROM (${q.rows}) r ${tail}`

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
 * (rows, their count and the totals, from one pass over the data when the report computes its
 * totals with its rows) or through a server-side cursor in batches, so an export of any size holds
 * one batch in memory.
 */
export abstract class ReportRepository<Filters> extends SqlRepository {
  /** Columns whose values are numbers (numeric/bigint come back from pg as strings). */
  protected abstract readonly numberColumns: readonly string[]

  // Public (the base's is protected): tests build a report's SQL with a repository of their own.
  constructor(dependencies: { manager: unknown }) {
    super(dependencies)
  }

  /** The report's SQL for `filters` (public: EXPLAINed by tests, run directly by the benchmark). */
  abstract build(filters: Filters): ReportSql

  async page(filters: Filters, paging: ReportPaging, sharedContext: Context = {}): Promise<ReportPage> {
    const q = this.build(filters)
    const manager = this.manager(sharedContext)
    if (q.listing) {
      return this.listingPage(q, q.listing.countColumn, paging, manager)
    }
    const fromRows = q.totals && "fromRows" in q.totals ? q.totals : undefined
    // The grouped rows once (materialized): the page, their count and totals summed from them all read them.
    const found = await manager.execute<ReportRow[]>(
      `WITH ${q.shared ? `g AS MATERIALIZED (${q.shared}), ` : ""}r AS MATERIALIZED (${q.rows})
       SELECT c.count AS report_count, c.totals AS report_totals, p.*
       FROM (SELECT count(*) AS count, ${fromRows ? `(SELECT json_agg(t) FROM (${fromRows.fromRows}) t)` : "NULL::json"} AS totals FROM r) c
       LEFT JOIN LATERAL (SELECT r.* FROM r ORDER BY ${q.order} LIMIT ? OFFSET ?) p ON true
       ORDER BY ${q.order}`,
      [...q.params, ...(fromRows?.params ?? []), paging.limit, paging.offset]
    )
    const [first] = found
    // Past the last page the lateral side is empty: one row with the count and totals alone.
    const rows = found
      .filter((r) => Object.keys(r).some((k) => !k.startsWith("report_") && r[k] !== null))
      .map(({ report_count, report_totals, ...row }) => row)
    const totals: ReportRow[] = fromRows
      ? ((first?.report_totals as ReportRow[] | null) ?? [])
      : q.totals && "sql" in q.totals
        ? await manager.execute<ReportRow[]>(q.totals.sql, q.totals.params)
        : []
    return {
      rows: rows.map((r) => toNumbers(r, this.numberColumns)),
      totals: totals.map((r) => toNumbers(r, this.numberColumns)),
      count: Number(first?.report_count ?? 0),
    }
  }

  // A listing's page from its index, then its totals (one aggregate, the count among them).
  private async listingPage(q: ReportSql, countColumn: string, paging: ReportPaging, manager: SqlEntityManager): Promise<ReportPage> {
    if (!q.totals || !("sql" in q.totals)) {
      throw new Error("A listing report counts its rows with its totals query")
    }
    const rows = await manager.execute<ReportRow[]>(selectRows(q, `ORDER BY ${q.order} LIMIT ? OFFSET ?`), [...q.params, paging.limit, paging.offset])
    const totals = (await manager.execute<ReportRow[]>(q.totals.sql, q.totals.params)).map((r) => toNumbers(r, this.numberColumns))
    return {
      rows: rows.map((r) => toNumbers(r, this.numberColumns)),
      totals,
      count: totals.reduce((sum, t) => sum + Number(t[countColumn] ?? 0), 0),
    }
  }

  /** Every row, `batchSize` at a time, through a cursor; needs the caller's transaction. */
  async stream(filters: Filters, batchSize: number, onRows: (rows: ReportRow[]) => Promise<void>, sharedContext: Context = {}) {
    const q = this.build(filters)
    const manager = this.manager(sharedContext)
    const cursor = `report_${randomUUID().replace(/-/g, "")}`
    await manager.execute(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${selectRows(q, `ORDER BY ${q.order}`)}`, q.params)
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
