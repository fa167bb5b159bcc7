import { DmlModel, modelColumns, modelTable, rawBigNumber } from "./insert"

type Row = Record<string, unknown>

/**
 * `UPDATE <table> SET <the record's columns> … RETURNING` the row before and after, as JSON: a
 * change of the live row `id`, its values going to Postgres as one JSON record typed by the
 * model's columns (no bind parameter per value), each bigNumber with its raw twin as Medusa
 * stores it unless the record gives that twin (a write-back of a row's earlier values does).
 * Column names come from the model; a key that names no column is refused.
 */
export function updateStatement(model: DmlModel, id: string, record: Row): { sql: string; params: unknown[] } {
  const columns = new Map(modelColumns(model).map((c) => [c.name, c]))
  const values: Row = { ...record }
  for (const [key, value] of Object.entries(record)) {
    const column = columns.get(key)
    if (!column || key === "id") {
      throw new Error(`An update of ${modelTable(model)} names ${key}, which is not a column it may change`)
    }
    if (column.bigNumber && !(`raw_${key}` in record)) {
      values[`raw_${key}`] = value === null ? null : rawBigNumber(value)
    }
  }
  const names = Object.keys(values)
  return {
    sql: `UPDATE "${modelTable(model)}" AS t SET ${names.map((n) => `"${n}" = v."${n}"`).join(", ")}
      FROM json_to_record(?::json) AS v(${names.map((n) => `"${n}" ${columns.get(n)!.type}`).join(", ")}), "${modelTable(model)}" AS old
      WHERE t.id = ? AND t.deleted_at IS NULL AND old.id = t.id
      RETURNING to_jsonb(old) AS before, to_jsonb(t) AS after`,
    params: [JSON.stringify(values), id],
  }
}
