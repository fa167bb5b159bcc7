import { DMLSchema, IDmlEntity, IDmlEntityConfig, InferTypeOf, RelationshipType } from "@medusajs/framework/types"
import { toMikroORMEntity } from "@medusajs/framework/utils"
import { EntityProperty, MetadataStorage } from "@medusajs/framework/mikro-orm/core"
import { bulkEntityId } from "./entity-ids"

/** A DML model (`model.define(…)`). */
export type DmlModel = IDmlEntity<DMLSchema, IDmlEntityConfig>

type SchemaOf<M> = M extends IDmlEntity<infer S, IDmlEntityConfig> ? S : never
type RelationKeys<S> = { [K in keyof S]: S[K] extends RelationshipType<unknown> ? K : never }[keyof S]

/** The columns of a model's table: its fields and the foreign keys of its `belongsTo` relations. */
export type ModelColumn<M extends DmlModel> = Exclude<keyof InferTypeOf<M>, RelationKeys<SchemaOf<M>>> & string

/** Columns every insert fills the same way (see `fillGenerated`), so a row never names them. */
type GeneratedColumn = "id" | "created_at" | "updated_at" | "deleted_at" | `raw_${string}`

/**
 * A row to insert: a value for every other column of the model, `null` included. A column added
 * to the model makes every insert that does not say what goes into it fail to compile.
 */
export type InsertRow<M extends DmlModel> = {
  [K in Exclude<ModelColumn<M>, GeneratedColumn>]-?: InferTypeOf<M>[K]
}

type Column = { name: string; type: string; jsonb: boolean; bigNumber: boolean }

const columnsByModel = new Map<DmlModel, Column[]>()

/** The model's table columns in declaration order, read from the MikroORM entity Medusa builds from it. */
export function modelColumns(model: DmlModel): Column[] {
  let columns = columnsByModel.get(model)
  if (!columns) {
    const meta = MetadataStorage.getMetadataFromDecorator(toMikroORMEntity(model))
    // Before discovery MikroORM keeps the decorator's single `fieldName` and `columnType`.
    const props = Object.values(meta.properties) as (EntityProperty & { fieldName?: string; columnType?: string })[]
    const persisted = props.filter((p) => p.persist !== false && p.fieldName)
    columns = [...new Map(persisted.map((p) => [p.fieldName as string, p])).entries()].map(([name, p]) => ({
      name,
      // Enums have no column type of their own: Medusa stores them as text with a check.
      type: p.columnType ?? "text",
      jsonb: p.columnType === "jsonb",
      bigNumber: p.columnType === "numeric" && typeof p.type === "function",
    }))
    columnsByModel.set(model, columns)
  }
  return columns
}

const tableByModel = new Map<DmlModel, string>()

/** The model's table name (`model.define("service_…")`); kept, as the entity Medusa builds costs about a millisecond. */
export function modelTable(model: DmlModel): string {
  let table = tableByModel.get(model)
  if (!table) {
    table = MetadataStorage.getMetadataFromDecorator(toMikroORMEntity(model)).tableName
    tableByModel.set(model, table)
  }
  return table
}

function idPrefix(model: DmlModel): string | undefined {
  const id = model.schema.id as { parse(name: string): { dataType: { options?: { prefix?: string } } } }
  return id.parse("id").dataType.options?.prefix
}

/** A statement's JSON as one string. */
class JsonText {
  private readonly pieces: string[] = []
  write(text: string) {
    this.pieces.push(text)
  }
  done(): string {
    return this.pieces.join("")
  }
}

/** A statement's JSON as UTF-8 bytes, in a buffer that doubles when full. */
class JsonBytes {
  private bytes = Buffer.allocUnsafe(64 * 1024)
  private length = 0
  write(text: string) {
    // At most three bytes per UTF-16 unit.
    if (this.length + text.length * 3 > this.bytes.length) {
      const larger = Buffer.allocUnsafe(Math.max(this.length + text.length * 3, this.bytes.length * 2))
      this.bytes.copy(larger, 0, 0, this.length)
      this.bytes = larger
    }
    this.length += this.bytes.write(text, this.length)
  }
  done(): Buffer {
    return this.bytes.subarray(0, this.length)
  }
}

/** A bigNumber's raw twin as Medusa stores it. */
export const rawBigNumber = (value: unknown) => ({ value: String(value), precision: 20 })

/** What `insertStatement` is told besides its rows (see there). */
export type InsertOptions<M extends DmlModel, S, B> = {
  computed?: Partial<Record<ModelColumn<M>, string>>
  start?: S
  byIndex?: B
  as?: "text" | "bytes"
}

/**
 * `INSERT INTO <table> (<every column of the model>) SELECT … FROM json_to_recordset(?)`: the rows
 * go to Postgres as one JSON parameter, however many there are, and Postgres types each column
 * (no bind parameter per value). Ids get the model's prefix (returned as `ids`, in the rows' order), timestamps `now()`, bigNumbers their
 * raw twin; every other column comes from the row, else from `start` (the values rows of a kind
 * share, so no row has to be copied with them), and a row lacking one is refused rather than
 * left to a database default. `at` stamps the rows' creation instead of `now()`, for rows whose
 * other columns were computed from their creation time (an order's SLA due times). `computed`
 * replaces a column's value `v."<column>"` by an SQL expression over the row's values (`v."…"`),
 * for a value only the statement knows (a number drawn from a counter in the same statement).
 * `byIndex` gives a column's value by the row's place in `rows`, for values no row carries (the
 * id of the order a line belongs to): rows are not copied to add them. The JSON is written row
 * by row: no object per row. A row copied with more properties (`{ ...row, x }`, or merged with
 * its start values) is one V8 keeps as a dictionary of kilobytes, and in a generation those
 * copies were much of what was promoted to the old generation. The JSON is the last parameter: a
 * string, or with `as: "bytes"` (for `executeBound` only: `manager.execute` would write bytes as a
 * bytea literal) the bytes Postgres reads as its text, written straight outside V8's heap — a
 * large batch's JSON built as pieces, joined and copied into bytes was most of what a generation
 * of a million rows promoted to the old generation, and bytes held outside the heap count as
 * pressure that brings V8's next full collection sooner.
 */
export function insertStatement<
  M extends DmlModel,
  S extends Partial<InsertRow<M>> = Record<never, never>,
  B extends Partial<Record<ModelColumn<M>, (index: number) => unknown>> = Record<never, never>,
>(
  model: M,
  rows: readonly (Omit<InsertRow<M>, keyof S | keyof B> & Partial<InsertRow<M>>)[],
  at?: Date,
  options: InsertOptions<M, S, B> = {}
): { sql: string; params: unknown[]; ids: string[] } {
  const { computed = {}, start, byIndex, as = "text" } = options
  const columns = modelColumns(model)
  const table = modelTable(model)
  const prefix = idPrefix(model)
  const given = columns.filter((c) => !["created_at", "updated_at", "deleted_at"].includes(c.name))
  const fields = given.map((c) => {
    const twin = c.name.startsWith("raw_") ? columns.find((b) => b.bigNumber && `raw_${b.name}` === c.name) : undefined
    const source = twin ? twin.name : c.name
    const indexed = (byIndex as Record<string, ((index: number) => unknown) | undefined> | undefined)?.[source]
    return { name: c.name, key: `${JSON.stringify(c.name)}:`, source, raw: !!twin, indexed }
  })
  const defaults: Record<string, unknown> = start ?? {}
  const ids: string[] = []
  const json = as === "bytes" ? new JsonBytes() : new JsonText()
  json.write("[")
  for (const [n, row] of (rows as readonly Record<string, unknown>[]).entries()) {
    // A row's JSON is one string, let go as soon as it is written.
    let text = n ? ",{" : "{"
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]
      let value: unknown
      if (field.name === "id") {
        value = bulkEntityId(prefix)
        ids.push(value as string)
      } else {
        value = field.indexed ? field.indexed(n) : row[field.source] !== undefined ? row[field.source] : defaults[field.source]
        if (value === undefined) {
          throw new Error(`An insert into ${table} gives no value for its column ${field.name}`)
        }
        if (field.raw && value !== null) {
          value = rawBigNumber(value)
        }
      }
      text += (i ? "," : "") + field.key + JSON.stringify(value)
    }
    json.write(text + "}")
  }
  json.write("]")
  const stamp = at ? "?::timestamptz" : "now()"
  const select = columns.map((c) =>
    c.name === "created_at" || c.name === "updated_at" ? stamp : c.name === "deleted_at" ? "NULL" : (computed as Record<string, string>)[c.name] ?? `v."${c.name}"`
  )
  const stamps = at ? select.filter((s) => s === stamp).map(() => at.toISOString()) : []
  return {
    sql: `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(", ")})
      SELECT ${select.join(", ")}
      FROM json_to_recordset(?::json) AS v(${given.map((c) => `"${c.name}" ${c.type}`).join(", ")})`,
    params: [...stamps, json.done()],
    ids,
  }
}
