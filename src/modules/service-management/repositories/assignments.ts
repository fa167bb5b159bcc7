import { Context } from "@medusajs/framework/types"
import { SqlRepository, lockForTransaction } from "./common/sql"

/** An assignment as a conflict names it: who has it, on which order, when, last changed when. */
export type AssignmentState = {
  status: string
  starts_at: Date | string
  ends_at: Date | string
  updated_at: Date | string
  first_name: string | null
  last_name: string | null
  number: string
}

/** Technicians' assignments: schedule locks and version checks. */
export class AssignmentRepository extends SqlRepository {
  /**
   * Holds a technician's schedule until the transaction ends: two inserts racing for overlapping
   * windows could otherwise deadlock on the exclusion constraint's index, and the one Postgres
   * aborts could not say which booking won.
   */
  async lockSchedule(technicianId: string, sharedContext: Context = {}): Promise<void> {
    await lockForTransaction(this.manager(sharedContext), `service_assignment:${technicianId}`)
  }

  /**
   * Locks the assignment's row and says whether it is still the version of `expectedUpdatedAt`
   * (to the millisecond, as the API shows it); null when it is gone.
   */
  async lockIfUnchanged(id: string, expectedUpdatedAt: Date, sharedContext: Context = {}): Promise<boolean | null> {
    const [row] = await this.manager(sharedContext).execute<{ unchanged: boolean }[]>(
      `SELECT date_trunc('milliseconds', updated_at) = date_trunc('milliseconds', ?::timestamptz) AS unchanged
       FROM service_assignment WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [expectedUpdatedAt, id]
    )
    return row ? row.unchanged : null
  }

  /** The assignment as it is now, for a conflict message; undefined when it is gone. */
  async retrieveState(id: string, sharedContext: Context = {}): Promise<AssignmentState | undefined> {
    const [row] = await this.manager(sharedContext).execute<AssignmentState[]>(
      `SELECT a.status, a.starts_at, a.ends_at, a.updated_at, t.first_name, t.last_name, so.number
       FROM service_assignment a
       JOIN service_technician t ON t.id = a.technician_id
       JOIN service_order so ON so.id = a.service_order_id
       WHERE a.id = ?`,
      [id]
    )
    return row
  }
}
