import { toMikroORMEntity } from "@medusajs/framework/utils"
import { EntityProperty, MetadataStorage } from "@medusajs/framework/mikro-orm/core"
import { DmlModel, modelColumns, modelTable } from "./insert"
import { reviveRow } from "./json-rows"

type Row = Record<string, unknown>

/** A relation of a read: a model's (to one by the parent's `fk`, to many by the child's `fk`), or a link's record in another module's table. */
export type Relation =
  | { kind: "one" | "many"; model: DmlModel; fk: string; relations?: Relations }
  | { kind: "link"; table: string; fk: string; columns: string[] }

/** What a record's read can reach, as Query names it. */
export type Relations = Record<string, Relation>

export const one = (model: DmlModel, fk: string, relations?: Relations): Relation => ({ kind: "one", model, fk, relations })
export const many = (model: DmlModel, fk: string, relations?: Relations): Relation => ({ kind: "many", model, fk, relations })

/** The relation `name` of the map; an inherited key (`constructor`, from a field asked for) is none. */
const relationNamed = (relations: Relations, name: string) =>
  Object.prototype.hasOwnProperty.call(relations, name) ? relations[name] : undefined

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

/** The selected columns of a node: every column of the model for `*`, else those named (all known). */
function selectedColumns(known: string[], tree: FieldTree): string[] | undefined {
  const own = [...tree.own]
  if (own.includes("*")) {
    return known
  }
  return own.every((c) => known.includes(c)) ? own : undefined
}

const belongsToByModel = new Map<DmlModel, { name: string; fk: string }[]>()

/** The model's `belongsTo` relations with their foreign keys, from the MikroORM entity Medusa builds from it. */
function belongsTo(model: DmlModel) {
  let relations = belongsToByModel.get(model)
  if (!relations) {
    const meta = MetadataStorage.getMetadataFromDecorator(toMikroORMEntity(model))
    const props = Object.entries(meta.properties) as [string, EntityProperty & { fieldName?: string }][]
    // The relation itself is the m:1 property that is not persisted (its foreign key column is).
    relations = props.filter(([, p]) => p.kind === "m:1" && p.persist === false).map(([name, p]) => ({ name, fk: p.fieldName as string }))
    belongsToByModel.set(model, relations)
  }
  return relations
}

/**
 * The columns of a model's record, or undefined where Query's answer is not only columns and the
 * relations asked for: for `*` the ORM also serialises each `belongsTo` it was not asked for (null,
 * `{ id }`, or the whole record when the same read loaded it elsewhere), all but the one back to
 * the parent (`parentFk`) that a list hangs from.
 */
function recordColumns(model: DmlModel, tree: FieldTree, parentFk?: string): string[] | undefined {
  const columns = selectedColumns(modelColumns(model).map((c) => c.name), tree)
  const unasked = tree.own.has("*") && belongsTo(model).some(({ name, fk }) => !tree.relations.has(name) && fk !== parentFk)
  return unasked ? undefined : columns
}

/**
 * Builds the SQL of one record's read, its relations as JSON subselects. Undefined for a field it
 * cannot answer (a column or relation it does not know), so the caller asks Query.
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

  /** The JSON expression of a relation's record(s) under the parent row `parent`. */
  relation(relation: Relation, tree: FieldTree, parent: string): string | undefined {
    const alias = `r${this.aliases++}`
    if (relation.kind === "link") {
      // Only the columns offered, named one by one: `*` would be every column of another module's
      // table. Query adds a linked record's id to what it was asked for; a read without it is Query's.
      const columns = tree.relations.size || tree.own.has("*") || !tree.own.has("id") ? undefined : selectedColumns(relation.columns, tree)
      return columns && `(SELECT ${this.object(alias, columns)} FROM "${relation.table}" ${alias} WHERE ${alias}.id = ${parent}."${relation.fk}" AND ${alias}.deleted_at IS NULL)`
    }
    const json = this.record(relation.model, relation.relations ?? {}, tree, alias, relation.kind === "many" ? relation.fk : undefined)
    if (!json) {
      return undefined
    }
    const from = `FROM "${modelTable(relation.model)}" ${alias}`
    return relation.kind === "one"
      ? `(SELECT ${json} ${from} WHERE ${alias}.id = ${parent}."${relation.fk}" AND ${alias}.deleted_at IS NULL)`
      : `coalesce((SELECT jsonb_agg(${json}) ${from} WHERE ${alias}."${relation.fk}" = ${parent}.id AND ${alias}.deleted_at IS NULL), '[]'::jsonb)`
  }

  /** A model's record as JSON: its columns, then each relation asked for. */
  record(model: DmlModel, relations: Relations, tree: FieldTree, alias: string, parentFk?: string): string | undefined {
    const parts = this.parts(model, relations, tree, alias, parentFk)
    return parts && [this.object(alias, parts.columns), ...parts.nested.map(([name, sql]) => `jsonb_build_object('${name}', ${sql})`)].join(" || ")
  }

  /** The select list of the root record `alias`: its columns as they are, each relation as JSON. */
  root(model: DmlModel, relations: Relations, tree: FieldTree, alias: string): string | undefined {
    const parts = this.parts(model, relations, tree, alias)
    return parts && [...parts.columns.map((c) => `${alias}."${c}"`), ...parts.nested.map(([name, sql]) => `${sql} AS "${name}"`)].join(", ")
  }

  /** A record's columns and each relation's JSON expression, or undefined when one is unknown. */
  private parts(model: DmlModel, relations: Relations, tree: FieldTree, alias: string, parentFk?: string) {
    const columns = recordColumns(model, tree, parentFk)
    const nested: [string, string | undefined][] = [...tree.relations].map(([name, sub]) => {
      const relation = relationNamed(relations, name)
      return [name, relation && this.relation(relation, sub, alias)]
    })
    return columns && nested.every(([, sql]) => sql) ? { columns, nested: nested as [string, string][] } : undefined
  }
}

/**
 * A row as the ORM reads it: timestamps as dates (JSON holds them as text) and bigNumbers as
 * numbers (Postgres gives numeric as text), through the relations asked for. A link to nothing is
 * left out, as Query leaves it out.
 */
function revive(row: Row, model: DmlModel, relations: Relations, tree: FieldTree): Row {
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

/**
 * One record of `model` with Query's `fields` (`number`, `stage.*`, `lines.*`, `customer.email`, …)
 * through `relations`, in one statement: the select list of its row under `alias` (its relations
 * as JSON subselects) and how to turn that row into what Query answers. Undefined when a field is
 * not one `relations` reaches, so the caller asks Query. Field names reach the SQL only once
 * matched to a model's column or a relation's name.
 */
export function detailSelect(model: DmlModel, relations: Relations, fields: string[], alias: string) {
  const tree = fieldTree(fields)
  const select = new DetailStatement().root(model, relations, tree, alias)
  return select === undefined ? undefined : { select, revive: (row: Row) => revive(row, model, relations, tree) }
}

/**
 * As `detailSelect`, for a record read as one JSON value (e.g. a subselect beside another read):
 * the JSON expression of the row under `alias` and how to turn the value into what Query answers.
 */
export function detailJson(model: DmlModel, relations: Relations, fields: string[], alias: string) {
  const tree = fieldTree(fields)
  const json = new DetailStatement().record(model, relations, tree, alias)
  return json === undefined ? undefined : { json, revive: (row: Row) => revive(row, model, relations, tree) }
}
