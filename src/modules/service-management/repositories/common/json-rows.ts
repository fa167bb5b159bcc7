import { DmlModel, modelColumns } from "./insert"

type Row = Record<string, unknown>

/**
 * A model's row read as JSON (`to_jsonb`, `jsonb_build_object`) or with numerics as text, as the
 * ORM reads it: timestamps as dates and bigNumbers as numbers. Changes and returns `row`.
 */
export function reviveRow<R extends Row>(model: DmlModel, row: R): R {
  for (const column of modelColumns(model)) {
    const value = row[column.name]
    if (value == null) {
      continue
    }
    if (column.type === "timestamptz") {
      ;(row as Row)[column.name] = new Date(value as string)
    } else if (column.bigNumber) {
      ;(row as Row)[column.name] = Number(value)
    }
  }
  return row
}
