import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AssignmentDTO, SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { isAborted } from "../../../modules/service-management/utils/conflicts"
import { PreparedAssignment } from "./prepare-assignment"

const service = (container: MedusaContainer) => container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)

// SQLSTATE 23P01: the exclusion constraint `service_assignment_no_overlap` refused the row.
type DriverError = { code?: string; message?: string; cause?: { code?: string; message?: string } } | null | undefined
const isOverlap = (error: unknown, e = error as DriverError) =>
  e?.code === "23P01" ||
  e?.cause?.code === "23P01" ||
  /service_assignment_no_overlap|exclusion constraint/i.test(`${e?.message ?? ""} ${e?.cause?.message ?? ""}`)

// Writes of one technician's schedule take turns (the service holds it), so a deadlock (40P01)
// should not happen; if Postgres aborts one anyway, it retries — then it waits for the winner and
// meets the constraint, or wins.
const ATTEMPTS = 5

/**
 * Runs a write of `row`; Postgres' overlap refusal becomes a CONFLICT naming the assignment in the
 * way, whichever way the race was lost: an aborted write is retried, and a refusal whose booking
 * is gone by the time it is read (cancelled meanwhile) is retried too.
 */
async function writeOrNameOverlap<T>(container: MedusaContainer, row: PreparedAssignment, write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write()
    } catch (e) {
      if (!isOverlap(e) && !isAborted(e)) {
        throw e
      }
      const last = attempt === ATTEMPTS
      if (isAborted(e) && !last) {
        continue
      }
      const other = await bookingInTheWay(container, row)
      if (other || last) {
        throw overlapConflict(other)
      }
    }
  }
}

/** The technician's live assignment overlapping `row`'s window, if any. */
async function bookingInTheWay(container: MedusaContainer, row: PreparedAssignment) {
  const [other] = await service(container).listServiceAssignments(
    {
      technician_id: row.technician_id,
      status: ["planned", "in_progress", "done"],
      starts_at: { $lt: row.ends_at },
      ends_at: { $gt: row.starts_at },
      ...(row.id ? { id: { $ne: row.id } } : {}),
    },
    { relations: ["service_order", "technician"], take: 1 }
  )
  return other
}

function overlapConflict(other: Awaited<ReturnType<typeof bookingInTheWay>>) {
  const who = other ? `${other.technician.first_name}${other.technician.last_name ? ` ${other.technician.last_name}` : ""}` : "The technician"
  const what = other
    ? ` already has ${other.service_order.number} from ${new Date(other.starts_at).toISOString()} to ${new Date(other.ends_at).toISOString()} (${other.id})`
    : " already has an assignment in that window"
  return new MedusaError(MedusaError.Types.CONFLICT, `${who}${what}`)
}

const columns = ({ scheduled, service_order_number, expected_updated_at, ...row }: PreparedAssignment) => row

export const createAssignmentStepId = "create-assignment"
/** Inserts the assignment (Postgres refuses an overlap: 409 naming the other); compensation deletes it. */
export const createAssignmentStep = createStep(
  createAssignmentStepId,
  async (row: PreparedAssignment, { container }) => {
    const created = await writeOrNameOverlap(container, row, () => service(container).createServiceAssignmentOnSchedule(columns(row)))
    return new StepResponse(created as unknown as AssignmentDTO, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await service(container).deleteServiceAssignments([id])
    }
  }
)

export const updateAssignmentStepId = "update-assignment"
/**
 * Moves, resizes, reassigns or re-statuses an assignment if it is still the version the caller saw
 * (else 409 naming it as it is now; overlap: 409 naming the booking); compensation writes the old values back.
 */
export const updateAssignmentStep = createStep(
  updateAssignmentStepId,
  async (row: PreparedAssignment, { container }) => {
    const data = columns(row) as Record<string, unknown> & { id: string; technician_id: string }
    const [previous] = await service(container).listServiceAssignments({ id: data.id }, { select: Object.keys(data) })
    const updated = await writeOrNameOverlap(container, row, () =>
      service(container).updateServiceAssignmentIfUnchanged(data, row.expected_updated_at)
    )
    // Compensation writes back the columns read (no relations among them).
    return new StepResponse(updated as unknown as AssignmentDTO, previous as Omit<AssignmentDTO, "technician" | "service_order"> | undefined)
  },
  async (previous, { container }) => {
    if (previous) {
      await service(container).updateServiceAssignments([previous])
    }
  }
)

export const cancelAssignmentStepId = "cancel-assignment"
/** Cancels an assignment, which frees its window; compensation restores its status. */
export const cancelAssignmentStep = createStep(
  cancelAssignmentStepId,
  async (input: { service_order_id: string; assignment_id: string }, { container }) => {
    const [current] = await service(container).listServiceAssignments({ id: input.assignment_id, service_order_id: input.service_order_id })
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Assignment with id: ${input.assignment_id} was not found`)
    }
    if (current.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Assignment ${current.id} is already cancelled`)
    }
    const [updated] = await service(container).updateServiceAssignments([{ id: current.id, status: "cancelled" }])
    return new StepResponse(updated as unknown as AssignmentDTO, { id: current.id, status: current.status })
  },
  async (previous, { container }) => {
    if (previous) {
      try {
        await service(container).updateServiceAssignments([previous])
      } catch (e) {
        // The freed window was taken meanwhile: the assignment stays cancelled rather than double-book.
        if (!isOverlap(e) && !isAborted(e)) {
          throw e
        }
      }
    }
  }
)
