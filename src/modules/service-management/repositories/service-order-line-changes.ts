import { Context } from "@medusajs/framework/types"
import { ServiceOrderLine } from "../models"
import { withUnsetColumns } from "../utils/views/created-service-order"
import { InsertRow, insertStatement } from "./common/insert"
import { reviveRow } from "./common/json-rows"
import { placeholders, SqlRepository } from "./common/sql"
import { updateStatement } from "./common/update"

type Row = Record<string, unknown>
type LineColumns = InsertRow<typeof ServiceOrderLine>
/** A new line: the columns it names (the others take the model's default, else null); its work date may be ISO text. */
export type NewServiceOrderLineRow = Partial<Omit<LineColumns, "work_date">> &
  Pick<LineColumns, "service_order_id" | "type" | "description" | "quantity"> & { work_date?: Date | string | null }
/** A change of one line: its id and the columns it changes. */
export type ServiceOrderLineUpdate = { id: string } & Row

/** What undoes a change of lines: the lines it added, the changed lines' columns as they were, the lines it removed. */
export type ServiceOrderLinesUndo = { created_ids: string[]; before: ServiceOrderLineUpdate[]; deleted_ids: string[] }

/** Writes of an existing order's lines in plain SQL, each answering what its undo needs. */
export class ServiceOrderLineChangeRepository extends SqlRepository {
  /** Inserts lines created `at` in one statement; answers them as a read would (every column). */
  async insert(rows: NewServiceOrderLineRow[], at: Date, sharedContext: Context = {}): Promise<Row[]> {
    const full = rows.map((row) => withUnsetColumns(ServiceOrderLine, row) as LineColumns)
    const statement = insertStatement(ServiceOrderLine, full, at)
    await this.manager(sharedContext).execute(statement.sql, statement.params)
    return full.map((row, i) => withUnsetColumns(ServiceOrderLine, { ...row, id: statement.ids[i], created_at: at, updated_at: at, deleted_at: null }))
  }

  /**
   * Changes live lines (stamped `at`), a statement each; answers them as written (every column)
   * and the columns that changed as they were before.
   */
  async update(changes: ServiceOrderLineUpdate[], at: Date, sharedContext: Context = {}) {
    const written: Row[] = []
    const before: ServiceOrderLineUpdate[] = []
    for (const { id, ...set } of changes) {
      const [row] = await this.write(id, { ...set, updated_at: at }, sharedContext)
      if (row) {
        // What changed (raw twins and `updated_at` among it), as it was.
        const changed = Object.keys(row.after).filter((k) => JSON.stringify(row.before[k]) !== JSON.stringify(row.after[k]))
        before.push({ id, ...Object.fromEntries(changed.map((k) => [k, row.before[k]])) })
        written.push(reviveRow(ServiceOrderLine, row.after))
      }
    }
    return { written, before }
  }

  /** Soft-deletes live lines at `at`; answers the ids it deleted. */
  async softDelete(ids: string[], at: Date, sharedContext: Context = {}): Promise<string[]> {
    const rows = await this.manager(sharedContext).execute<{ id: string }[]>(
      `UPDATE service_order_line SET deleted_at = ? WHERE id IN (${placeholders(ids)}) AND deleted_at IS NULL RETURNING id`,
      [at, ...ids]
    )
    return rows.map((r) => r.id)
  }

  /** Undoes a change (compensation): removes the lines it added, writes the changed ones back, restores the removed ones. */
  async undo(undo: ServiceOrderLinesUndo, sharedContext: Context = {}): Promise<void> {
    const manager = this.manager(sharedContext)
    if (undo.created_ids.length) {
      await manager.execute(`DELETE FROM service_order_line WHERE id IN (${placeholders(undo.created_ids)})`, undo.created_ids)
    }
    for (const { id, ...columns } of undo.before) {
      await this.write(id, columns, sharedContext)
    }
    if (undo.deleted_ids.length) {
      await manager.execute(`UPDATE service_order_line SET deleted_at = NULL WHERE id IN (${placeholders(undo.deleted_ids)})`, undo.deleted_ids)
    }
  }

  private write(id: string, columns: Row, sharedContext: Context) {
    const statement = updateStatement(ServiceOrderLine, id, columns)
    return this.manager(sharedContext).execute<{ before: Row; after: Row }[]>(statement.sql, statement.params)
  }
}
