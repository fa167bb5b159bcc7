import { MedusaError } from "@medusajs/framework/utils"
import { REPAIR_LINE_STATUSES, RepairLineStatus } from "../../../types/enums"

type LineView = { status: RepairLineStatus; diagnosis_code_id?: string | null; resolution_code_id?: string | null }

/** The timestamp column a status sets when a line enters it. */
export const REPAIR_STATUS_STAMP: Partial<Record<RepairLineStatus, "diagnosed_at" | "repaired_at" | "verified_at">> = {
  diagnosed: "diagnosed_at",
  repaired: "repaired_at",
  verified: "verified_at",
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Checks a repair status move and returns the timestamps it sets or clears. A line moves one
 * step forward (open → diagnosed → repaired → verified) or one step back to correct a mistake,
 * except that a verified repair is final. Entering "diagnosed" needs a diagnosis code, entering
 * "repaired" a resolution code (`line` is the line as it will be after the change).
 */
export function planRepairStatusMove(from: RepairLineStatus, to: RepairLineStatus, line: Omit<LineView, "status">, now = new Date()) {
  if (from === to) {
    return {}
  }
  const a = REPAIR_LINE_STATUSES.indexOf(from)
  const b = REPAIR_LINE_STATUSES.indexOf(to)
  if (from === "verified") {
    throw invalid(`The repair is verified and can no longer change status`)
  }
  if (b !== a + 1 && b !== a - 1) {
    const next = REPAIR_LINE_STATUSES[a + 1]
    const back = REPAIR_LINE_STATUSES[a - 1]
    throw invalid(
      `A repair moves one step at a time: from "${from}" it may go to "${next}"${back ? ` or back to "${back}"` : ""}, not "${to}"`
    )
  }
  if (b > a && to === "diagnosed" && !line.diagnosis_code_id) {
    throw invalid(`A repair needs a diagnosis code before it is "diagnosed"`)
  }
  if (b > a && to === "repaired" && !line.resolution_code_id) {
    throw invalid(`A repair needs a resolution code before it is "repaired"`)
  }
  if (b > a) {
    return { [REPAIR_STATUS_STAMP[to]!]: now }
  }
  // Going back clears the stamp of the status left.
  return { [REPAIR_STATUS_STAMP[from]!]: null }
}

/** Throws when a repair line can no longer be edited: verified repairs are final. */
export function assertRepairEditable(status: RepairLineStatus): void {
  if (status === "verified") {
    throw invalid(`The repair is verified and can no longer be changed`)
  }
}
