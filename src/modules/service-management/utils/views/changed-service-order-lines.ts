import { ServiceOrderLine } from "../../models/service-order-line"
import { withUnsetColumns } from "./created-service-order"

type Row = Record<string, unknown>

/** What a change of an order's lines wrote. */
export type LinesChange = { added?: Row[]; updated?: Row[]; deleted_ids?: string[] }

/**
 * A service order read just before a change of its lines, as the same read answers it after:
 * deleted lines gone, changed ones with what was written (the fields read), new ones last with
 * every column (unset ones at their default), and the totals and `updated_at` the refresh wrote.
 * Fields the change leaves alone stay as read (the read ran inside the order's lock).
 */
export function changedLinesView(read: Row, change: LinesChange, totals: Row) {
  const lines = read.lines as Row[] | undefined
  const updated = new Map((change.updated ?? []).map((line) => [line.id, line]))
  const deleted = new Set(change.deleted_ids ?? [])
  const written = (line: Row) => {
    const after = updated.get(line.id)
    return after ? { ...line, ...Object.fromEntries(Object.entries(after).filter(([key]) => key in line)) } : line
  }
  return {
    ...read,
    ...totals,
    ...(lines
      ? { lines: [...lines.filter((line) => !deleted.has(line.id as string)).map(written), ...(change.added ?? []).map((line) => withUnsetColumns(ServiceOrderLine, line))] }
      : {}),
  }
}
