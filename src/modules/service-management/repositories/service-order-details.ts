import { Context } from "@medusajs/framework/types"
import {
  BomVersion,
  RepairLine,
  ServiceAgreement,
  ServiceLevelAgreement,
  ServiceObject,
  ServiceOrder,
  ServiceOrderLine,
  ServiceStage,
  StageReason,
  StageTransition,
} from "../models"
import { DmlModel, modelColumns, modelTable } from "./common/insert"
import { reviveRow } from "./common/json-rows"
import { SqlRepository } from "./common/sql"

type Row = Record<string, unknown>

/** A relation of the read: a model's (to one by the parent's `fk`, to many by the child's `fk`), or a link's record in another module's table. */
type Relation =
  | { kind: "one" | "many"; model: DmlModel; fk: string; relations?: Record<string, Relation> }
  | { kind: "link"; table: string; fk: string; columns: string[] }

const one = (model: DmlModel, fk: string, relations?: Record<string, Relation>): Relation => ({ kind: "one", model, fk, relations })
const many = (model: DmlModel, fk: string, relations?: Record<string, Relation>): Relation => ({ kind: "many", model, fk, relations })

/**
 * What a service order read can reach, as Query names it: its models' relations and the read-only
 * links' records (Medusa's customer and order modules, same database) with the columns offered.
 */
const SERVICE_ORDER_RELATIONS: Record<string, Relation> = {
  stage: one(ServiceStage, "stage_id", { reasons: many(StageReason, "stage_id") }),
  service_object: one(ServiceObject, "service_object_id", { bom_version: one(BomVersion, "bom_version_id") }),
  agreement: one(ServiceAgreement, "agreement_id"),
  sla: one(ServiceLevelAgreement, "sla_id"),
  lines: many(ServiceOrderLine, "service_order_id"),
  stage_transitions: many(StageTransition, "service_order_id"),
  repair_lines: many(RepairLine, "service_order_id"),
  customer: { kind: "link", table: "customer", fk: "customer_id", columns: ["id", "email", "first_name", "last_name", "company_name", "phone"] },
  posted_order: { kind: "link", table: "order", fk: "posted_order_id", columns: ["id", "display_id", "status", "currency_code"] },
}

/** Fields (`a`, `*`, `relation.a`, `relation.*`, deeper) as a tree: a node's own columns and its relations' trees. */
type FieldTree = { own: Set<string>; relations: Map<string, FieldTree> }

function fieldTree(fields: string[]): FieldTree {
  const tree: FieldTree = { own: new Set(), relations: new Map() }
  for (const field of fields) {
    let node = tree
    const path = field.split(".")
    for (const name of path.slice(0, -1)) {
      node = node.relations.get(name) ?? node.relations.set(name, { own: new Set(), relations: new Map() }).get(name)!
    }
    node.own.add(path[path.length - 1])
  }
  return tree
}

/**
 * Builds the SQL of one service order read and turns its row into Query's answer. Undefined for a
 * field it cannot answer (a column or relation it does not know), so the caller asks Query.
 */
class DetailStatement {
  private aliases = 0

  /** `jsonb_build_object` of columns (in chunks: a call takes at most 100 arguments). */
  private object(alias: string, columns: string[]): string {
    const chunks: string[] = []
    for (let i = 0; i < columns.length; i += 40) {
      chunks.push(`jsonb_build_object(${columns.slice(i, i + 40).map((c) => `'${c}', ${alias}."${c}"`).join(", ")})`)
    }
    return chunks.length ? chunks.join(" || ") : "'{}'::jsonb"
  }

  /** The selected columns of a node: every column of the model for `*`, else those named (all known). */
  private columns(known: string[], tree: FieldTree): string[] | undefined {
    const own = [...tree.own]
    if (own.includes("*")) {
      return known
    }
    return own.every((c) => known.includes(c)) ? own : undefined
  }

  /** The JSON expression of a relation's record(s) under the parent row `parent`. */
  relation(relation: Relation, tree: FieldTree, parent: string): string | undefined {
    const alias = `r${this.aliases++}`
    if (relation.kind === "link") {
      // Only the columns offered, named one by one: `*` would be every column of another module's table.
      const columns = tree.relations.size || tree.own.has("*") ? undefined : this.columns(relation.columns, tree)
      return columns && `(SELECT ${this.object(alias, columns)} FROM "${relation.table}" ${alias} WHERE ${alias}.id = ${parent}."${relation.fk}" AND ${alias}.deleted_at IS NULL)`
    }
    const json = this.record(relation.model, relation.relations ?? {}, tree, alias)
    if (!json) {
      return undefined
    }
    const from = `FROM "${modelTable(relation.model)}" ${alias}`
    return relation.kind === "one"
      ? `(SELECT ${json} ${from} WHERE ${alias}.id = ${parent}."${relation.fk}" AND ${alias}.deleted_at IS NULL)`
      : `coalesce((SELECT jsonb_agg(${json}) ${from} WHERE ${alias}."${relation.fk}" = ${parent}.id AND ${alias}.deleted_at IS NULL), '[]'::jsonb)`
  }

  /** A model's record as JSON: its columns, then each relation asked for. */
  private record(model: DmlModel, relations: Record<string, Relation>, tree: FieldTree, alias: string): string | undefined {
    const columns = this.columns(modelColumns(model).map((c) => c.name), tree)
    const nested = [...tree.relations].map(([name, sub]) => relations[name] && [name, this.relation(relations[name], sub, alias)])
    if (!columns || nested.some((n) => !n || !n[1])) {
      return undefined
    }
    return [this.object(alias, columns), ...(nested as [string, string][]).map(([name, sql]) => `jsonb_build_object('${name}', ${sql})`)].join(" || ")
  }
}

/**
 * A row as the ORM reads it: timestamps as dates (JSON holds them as text) and bigNumbers as
 * numbers (Postgres gives numeric as text), through the relations asked for. A link to nothing is
 * left out, as Query leaves it out.
 */
function revive(row: Row, model: DmlModel, relations: Record<string, Relation>, tree: FieldTree): Row {
  reviveRow(model, row)
  for (const [name, sub] of tree.relations) {
    const relation = relations[name]
    const value = row[name]
    if (relation.kind === "link") {
      if (value == null) {
        delete row[name]
      }
    } else if (value != null) {
      const each = (r: Row) => revive(r, relation.model, relation.relations ?? {}, sub)
      row[name] = Array.isArray(value) ? value.map(each) : each(value as Row)
    }
  }
  return row
}

/** One service order with the fields a route asks Query for, read in one statement. */
export class ServiceOrderDetailRepository extends SqlRepository {
  /**
   * The order `id` with `fields` (as Query's: `number`, `stage.*`, `lines.*`, `customer.email`, …),
   * as Query would answer it, in one statement; null when there is no such order, undefined when a
   * field is not one this read knows (the caller then asks Query).
   */
  async read(id: string, fields: string[], sharedContext: Context = {}): Promise<Row | null | undefined> {
    const tree = fieldTree(fields)
    const statement = new DetailStatement()
    const known = modelColumns(ServiceOrder).map((c) => c.name)
    const own = tree.own.has("*") ? known : [...tree.own]
    const relations = [...tree.relations].map(([name, sub]) => {
      const relation = SERVICE_ORDER_RELATIONS[name]
      return [name, relation && statement.relation(relation, sub, "so")]
    })
    if (!own.every((c) => known.includes(c)) || relations.some(([, sql]) => !sql)) {
      return undefined
    }
    const select = [...own.map((c) => `so."${c}"`), ...relations.map(([name, sql]) => `${sql} AS "${name}"`)]
    // Starts as Query's read of the order does (`select … from "service_order" as …`), which a test counts.
    const [row] = await this.manager(sharedContext).execute<Row[]>(
      `select ${select.join(", ")} from "service_order" as so where so.id = ? and so.deleted_at is null`,
      [id]
    )
    return row ? revive(row, ServiceOrder, SERVICE_ORDER_RELATIONS, tree) : null
  }
}
