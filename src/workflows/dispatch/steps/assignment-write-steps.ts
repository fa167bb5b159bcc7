import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AssignmentDTO, SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { PreparedAssignment } from "./prepare-assignment"

const service = (container: MedusaContainer) => container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)

// SQLSTATE 23P01: the exclusion constraint `service_assignment_no_overlap` refused the row. Two
// inserts racing for one slot can also deadlock on the constraint's index (40P01): Postgres then
// aborts one of them, which has lost the race just the same.
const OVERLAP_CODES = ["23P01", "40P01"]
const isOverlap = (e: any) =>
  OVERLAP_CODES.includes(e?.code) ||
  OVERLAP_CODES.includes(e?.cause?.code) ||
  /service_assignment_no_overlap|exclusion constraint|deadlock detected/i.test(`${e?.message ?? ""} ${e?.cause?.message ?? ""}`)

/** Turns Postgres' overlap refusal into a CONFLICT that names the assignment in the way. */
async function rethrowOverlap(container: MedusaContainer, e: unknown, row: PreparedAssignment): Promise<never> {
  if (!isOverlap(e)) {
    throw e
  }
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
  const who = other ? `${other.technician.first_name}${other.technician.last_name ? ` ${other.technician.last_name}` : ""}` : "The technician"
  const what = other
    ? ` already has ${other.service_order.number} from ${new Date(other.starts_at).toISOString()} to ${new Date(other.ends_at).toISOString()} (${other.id})`
    : " already has an assignment in that window"
  throw new MedusaError(MedusaError.Types.CONFLICT, `${who}${what}`)
}

const columns = ({ scheduled, service_order_number, ...row }: PreparedAssignment) => row

export const createAssignmentStepId = "create-assignment"
/** Inserts the assignment (Postgres refuses an overlap: 409 naming the other); compensation deletes it. */
export const createAssignmentStep = createStep(
  createAssignmentStepId,
  async (row: PreparedAssignment, { container }) => {
    try {
      const [created] = await service(container).createServiceAssignments([columns(row) as any])
      return new StepResponse(created as unknown as AssignmentDTO, created.id)
    } catch (e) {
      return rethrowOverlap(container, e, row)
    }
  },
  async (id, { container }) => {
    if (id) {
      await service(container).deleteServiceAssignments([id])
    }
  }
)

export const updateAssignmentStepId = "update-assignment"
/** Moves, resizes, reassigns or re-statuses an assignment (overlap: 409); compensation writes the old values back. */
export const updateAssignmentStep = createStep(
  updateAssignmentStepId,
  async (row: PreparedAssignment, { container }) => {
    const data = columns(row) as Record<string, unknown> & { id: string }
    const [previous] = await service(container).listServiceAssignments({ id: data.id }, { select: Object.keys(data) })
    try {
      const [updated] = await service(container).updateServiceAssignments([data as any])
      return new StepResponse(updated as unknown as AssignmentDTO, previous)
    } catch (e) {
      return rethrowOverlap(container, e, row)
    }
  },
  async (previous, { container }) => {
    if (previous) {
      await service(container).updateServiceAssignments([previous as any])
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
        await service(container).updateServiceAssignments([previous as any])
      } catch (e) {
        // The freed window was taken meanwhile: the assignment stays cancelled rather than double-book.
        if (!isOverlap(e)) {
          throw e
        }
      }
    }
  }
)
