import { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { Where } from "./common/report"
import { SqlRepository, placeholders } from "./common/sql"

type DateFilter = { $eq?: Date; $gt?: Date; $gte?: Date; $lt?: Date; $lte?: Date }

/** The admin list's filters, as validated (one id or code, or several). */
export type ServiceOrderListFilters = {
  id?: string | string[]
  q?: string
  stage_id?: string | string[]
  stage_code?: string | string[]
  is_open?: boolean
  customer_id?: string | string[]
  service_object_id?: string | string[]
  priority?: string | string[]
  channel?: string | string[]
  agreement_id?: string | string[]
  sla_id?: string | string[]
  /** A response or resolution target breached (true), or none (false). */
  sla_breached?: boolean
  /** An unmet, unpaused, unbreached target due between now and this many hours from now. */
  sla_due_within_hours?: number
  is_posted?: boolean
  created_at?: DateFilter
  updated_at?: DateFilter
  /** Scoped roles: only orders this technician has a live assignment on (null: no orders at all). */
  technician_id?: string | null
}

export type ServiceOrderListPaging = {
  /** Columns of service_order with their direction, as Medusa's query config gives them. */
  order: Record<string, string>
  limit: number
  offset: number
  /** Keyset paging: the orders after this display_id (the list ordered by display_id alone). */
  after?: number
  /** The count is exact up to this many matches; above, `count` is `cap` and `capped` true. */
  cap: number
}

export type ServiceOrderListPage = { rows: Record<string, unknown>[]; count: number; capped: boolean }

/**
 * The relations a list row can carry, each joined only when one of its fields is asked for. With
 * no row, Query answers a model's relation as null and leaves a linked record out (`linked`).
 */
const RELATIONS: Record<string, { alias: string; join: string; linked?: true }> = {
  stage: { alias: "st", join: "LEFT JOIN service_stage st ON st.id = so.stage_id AND st.deleted_at IS NULL" },
  service_object: { alias: "ob", join: "LEFT JOIN service_object ob ON ob.id = so.service_object_id AND ob.deleted_at IS NULL" },
  // The read-only link's customer (Medusa's customer module, same database).
  customer: { alias: "c", join: "LEFT JOIN customer c ON c.id = so.customer_id AND c.deleted_at IS NULL", linked: true },
}
// bigNumber columns: numeric in Postgres (a string from pg), a number in Query's answer.
const NUMBER_COLUMNS = new Set(["revenue_total", "cost_total", "margin_total"])
const HOUR_MS = 60 * 60 * 1000
const IDENTIFIER = /^[a-z_]+$/
const DATE_OPERATORS = { $eq: "=", $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" } as const

const list = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])

function identifier(name: string) {
  if (!IDENTIFIER.test(name)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${name} is not a service order list field`)
  }
  return `"${name}"`
}

/**
 * The admin's service order list in plain SQL: the page with its stage, object and customer
 * joined in one statement, and the count of matches up to a cap beside it — the work Query does
 * in several round trips and an ORM hydration, for the same JSON.
 */
export class ServiceOrderListRepository extends SqlRepository {
  // Public (the base's is protected): tests build the page's SQL with a repository of their own.
  constructor(dependencies: { manager: unknown }) {
    super(dependencies)
  }

  /** The stage ids `stage_code` and `is_open` name: the page then filters on `stage_id` and reads its (stage_id, created_at) index. */
  async stageIds(f: Pick<ServiceOrderListFilters, "stage_code" | "is_open">, sharedContext: Context = {}): Promise<string[] | undefined> {
    if (f.stage_code === undefined && f.is_open === undefined) {
      return undefined
    }
    const where = new Where("deleted_at IS NULL").in("code", list(f.stage_code)).add(f.is_open, "is_terminal = ?", !f.is_open)
    const rows = await this.manager(sharedContext).execute<{ id: string }[]>(`SELECT id FROM service_stage WHERE ${where}`, where.params)
    return rows.map((r) => r.id)
  }

  /** The conditions on `so` (service_order) for the filters; stage codes resolved to `stageIds`. */
  where(f: ServiceOrderListFilters, stageIds?: string[]): Where {
    const where = new Where("so.deleted_at IS NULL")
    for (const column of ["id", "stage_id", "customer_id", "service_object_id", "priority", "channel", "agreement_id", "sla_id"] as const) {
      where.in(`so.${column}`, list(f[column]))
    }
    if (stageIds) {
      where.add(true, stageIds.length ? `so.stage_id IN (${placeholders(stageIds)})` : "false", ...stageIds)
    }
    // As Medusa's free-text search: every word in the number or the title.
    for (const word of f.q?.split(/\s+/).filter(Boolean) ?? []) {
      where.add(true, "(so.number ILIKE ? OR so.title ILIKE ?)", `%${word}%`, `%${word}%`)
    }
    where
      .add(f.sla_breached, f.sla_breached ? "(so.response_breached_at IS NOT NULL OR so.resolution_breached_at IS NOT NULL)" : "so.response_breached_at IS NULL AND so.resolution_breached_at IS NULL")
      .add(f.is_posted, `so.posted_at IS ${f.is_posted ? "NOT " : ""}NULL`)
    if (f.sla_due_within_hours !== undefined) {
      const now = new Date()
      const until = new Date(now.getTime() + f.sla_due_within_hours * HOUR_MS)
      where.add(
        true,
        `so.sla_paused_at IS NULL AND so.closed_at IS NULL AND so.canceled_at IS NULL
         AND ((so.responded_at IS NULL AND so.response_breached_at IS NULL AND so.response_due_at BETWEEN ? AND ?)
           OR (so.resolved_at IS NULL AND so.resolution_breached_at IS NULL AND so.resolution_due_at BETWEEN ? AND ?))`,
        now, until, now, until
      )
    }
    for (const column of ["created_at", "updated_at"] as const) {
      for (const [op, value] of Object.entries(f[column] ?? {})) {
        where.add(value, `so.${column} ${DATE_OPERATORS[op as keyof DateFilter]} ?`, value)
      }
    }
    if (f.technician_id === null) {
      where.add(true, "false")
    } else if (f.technician_id !== undefined) {
      where.add(
        true,
        `EXISTS (SELECT 1 FROM service_assignment a WHERE a.service_order_id = so.id AND a.technician_id = ?
                 AND a.status <> 'cancelled' AND a.deleted_at IS NULL)`,
        f.technician_id
      )
    }
    return where
  }

  /**
   * A page of orders with `fields` (`id` first; own columns, or `stage.`, `service_object.`,
   * `customer.` columns, nested as Query nests them), and the count of all matches up to
   * `paging.cap`, in one statement.
   */
  async page(f: ServiceOrderListFilters, paging: ServiceOrderListPaging, fields: readonly string[], sharedContext: Context = {}): Promise<ServiceOrderListPage> {
    const { sql, params } = this.build(f, await this.stageIds(f, sharedContext), paging, fields)
    const found = await this.manager(sharedContext).execute<Record<string, unknown>[]>(sql, params)
    const count = found[0].list_count as number
    return { rows: found.filter((r) => r.id !== null).map((r) => nest(r, fields)), count: Math.min(count, paging.cap), capped: count > paging.cap }
  }

  /** The page's statement (public: EXPLAINed by tests). One row without an order when the page is empty, so the count still comes back. */
  build(f: ServiceOrderListFilters, stageIds: string[] | undefined, paging: ServiceOrderListPaging, fields: readonly string[]) {
    if (fields[0] !== "id") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A service order list page selects id first")
    }
    const where = this.where(f, stageIds)
    const orderBy = Object.entries(paging.order).map(([column, dir]) => `so.${identifier(column)} ${dir.toUpperCase() === "DESC" ? "DESC" : "ASC"}`)
    const after = paging.after === undefined ? [] : [paging.after]
    const afterSql = after.length ? `AND so.display_id ${paging.order.display_id?.toUpperCase() === "DESC" ? "<" : ">"} ?` : ""
    const joins = new Set<string>()
    const columns = fields.map((field) => {
      const [relation, column] = field.includes(".") ? field.split(".") : [undefined, field]
      if (!relation) {
        return `so.${identifier(column)} AS "${column}"`
      }
      const joined = RELATIONS[relation]
      if (!joined) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} is not a service order list field`)
      }
      joins.add(joined.join)
      return `${joined.alias}.${identifier(column)} AS "${relation}.${column}"`
    })
    return {
      sql: `SELECT total.count AS list_count, page.*
            FROM (SELECT count(*)::int AS count FROM (SELECT 1 FROM service_order so WHERE ${where} LIMIT ?) capped) total
            LEFT JOIN LATERAL (
              SELECT ${columns.join(", ")} FROM service_order so ${[...joins].join(" ")}
              WHERE ${where} ${afterSql} ${orderBy.length ? `ORDER BY ${orderBy.join(", ")}` : ""} LIMIT ? OFFSET ?
            ) page ON true`,
      params: [...where.params, paging.cap + 1, ...where.params, ...after, paging.limit, paging.offset],
    }
  }
}

/** A flat row (`stage.code` columns) nested as Query answers it, a relation with no row as Query leaves it. */
function nest(row: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const value = NUMBER_COLUMNS.has(field.split(".").pop()!) && typeof row[field] === "string" ? Number(row[field]) : row[field]
    const [relation, column] = field.includes(".") ? field.split(".") : [undefined, field]
    if (!relation) {
      out[column] = value
    } else {
      const nested = (out[relation] ??= {}) as Record<string, unknown>
      nested[column] = value
    }
  }
  for (const [relation, { linked }] of Object.entries(RELATIONS)) {
    const nested = out[relation] as Record<string, unknown> | undefined
    if (nested && "id" in nested && nested.id === null) {
      if (linked) {
        delete out[relation]
      } else {
        out[relation] = null
      }
    }
  }
  return out
}
