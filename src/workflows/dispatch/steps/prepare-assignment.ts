import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assignmentRuleViolations } from "../../../modules/service-management/utils/assignment-rules"
import { assertStageAllows } from "../../../modules/service-management/utils/stage-rules"
import { ASSIGNMENT_OVERRIDES, AssignmentOverride } from "../../../types/enums"

export type AssignmentInput = {
  service_order_id: string
  /** Set when changing an existing assignment. */
  assignment_id?: string
  /** The version (`updated_at`) of the assignment the caller saw: a newer one → 409 naming it. */
  expected_updated_at?: Date | string
  technician_id?: string
  starts_at?: Date | string
  ends_at?: Date | string
  service_order_line_id?: string | null
  status?: "planned" | "in_progress" | "done"
  note?: string | null
  /** Rules the dispatcher overrides knowingly; they are recorded on the assignment. */
  override?: AssignmentOverride[]
  override_note?: string | null
  actor_id?: string | null
}

export type PreparedAssignment = {
  id?: string
  service_order_id: string
  technician_id: string
  starts_at: Date
  ends_at: Date
  service_order_line_id: string | null
  status?: string
  note?: string | null
  overrides: string[]
  override_note: string | null
  created_by?: string | null
  /** Whether the technician or window changed (or the assignment is new): the order counts as (re)assigned. */
  scheduled: boolean
  /** The caller's version precondition, checked again as the row is written. */
  expected_updated_at?: Date | null
  service_order_number: string
}

const MAX_WINDOW_MS = 14 * 24 * 60 * 60 * 1000
// Versions compare as the API shows them: to the millisecond.
const sameMillisecond = (a: Date | string, b: Date | string) => new Date(a).getTime() === new Date(b).getTime()

export const prepareAssignmentStepId = "prepare-assignment"
/**
 * Checks an assignment (new, or a change of one) before it is written: the order exists and its
 * stage allows assigning, the line is one of the order's hour lines, the technician exists and is
 * active, the window is sane, and the rules — working hours, absences, required skills — hold or
 * are overridden explicitly. Overlaps are left to Postgres (exclusion constraint). Nothing is
 * written here; every refusal is a 400 (404 for what does not exist) that names the problem.
 */
export const prepareAssignmentStep = createStep(prepareAssignmentStepId, async (input: AssignmentInput, { container }) => {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const [order] = await service.listServiceOrders(
    { id: input.service_order_id },
    { relations: ["stage", "lines"], select: ["id", "number", "stage.*", "lines.id", "lines.type", "lines.service_task_id"] }
  )
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service order with id: ${input.service_order_id} was not found`)
  }
  const [current] = input.assignment_id
    ? await service.listServiceAssignments({ id: input.assignment_id, service_order_id: order.id })
    : []
  if (input.assignment_id && !current) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Assignment with id: ${input.assignment_id} was not found on ${order.number}`)
  }
  // A stale caller is told how the assignment is now before any rule is judged on it.
  if (current && input.expected_updated_at && !sameMillisecond(current.updated_at, input.expected_updated_at)) {
    throw await service.assignmentConflict(current.id, input.expected_updated_at)
  }
  if (current?.status === "cancelled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Assignment ${current.id} is cancelled; create a new one instead`)
  }
  const next = {
    technician_id: input.technician_id ?? current?.technician_id,
    starts_at: new Date(input.starts_at ?? current?.starts_at),
    ends_at: new Date(input.ends_at ?? current?.ends_at),
    service_order_line_id: input.service_order_line_id !== undefined ? input.service_order_line_id : current?.service_order_line_id ?? null,
  }
  const scheduled =
    !current ||
    next.technician_id !== current.technician_id ||
    next.starts_at.getTime() !== new Date(current.starts_at).getTime() ||
    next.ends_at.getTime() !== new Date(current.ends_at).getTime()

  if (scheduled) {
    assertStageAllows(order.stage, "assign")
  }
  if (!(next.ends_at.getTime() > next.starts_at.getTime())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The assignment must end after it starts (ends_at > starts_at)")
  }
  if (next.ends_at.getTime() - next.starts_at.getTime() > MAX_WINDOW_MS) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "An assignment window may last at most 14 days")
  }
  const lines = (order.lines ?? []) as { id: string; type: string; service_task_id: string | null }[]
  if (next.service_order_line_id && !lines.some((l) => l.id === next.service_order_line_id && l.type === "hour")) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Line ${next.service_order_line_id} is not an hour line of ${order.number}`)
  }
  const [technician] = await service.listServiceTechnicians({ id: next.technician_id })
  if (!technician) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Technician with id: ${next.technician_id} was not found`)
  }
  if (scheduled && !technician.is_active) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Technician ${technician.first_name} is inactive`)
  }

  let overrides: string[] = current?.overrides ?? []
  if (scheduled) {
    const taskIds = [...new Set(lines.filter((l) => !next.service_order_line_id || l.id === next.service_order_line_id).map((l) => l.service_task_id).filter(Boolean))] as string[]
    const [tasks, absences] = await Promise.all([
      taskIds.length ? service.listServiceTasks({ id: taskIds }, { select: ["required_skills"] }) : [],
      service.listServiceTechnicianAbsences({ technician_id: technician.id, starts_at: { $lt: next.ends_at }, ends_at: { $gt: next.starts_at } }),
    ])
    const violations = assignmentRuleViolations({
      window: next,
      technician: { timezone: technician.timezone, working_hours: technician.working_hours, skills: (technician.skills ?? []) as string[] },
      absences: absences.map((a) => ({ starts_at: new Date(a.starts_at), ends_at: new Date(a.ends_at), reason: a.reason })),
      required_skills: tasks.flatMap((t) => (t.required_skills ?? []) as string[]),
    })
    const allowed = new Set(input.override ?? [])
    const refused = violations.filter((v) => !allowed.has(v.rule))
    if (refused.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Assignment needs an override: ${refused.map((v) => `${v.rule} (${v.message})`).join("; ")}. Send override: [${refused
          .map((v) => `"${v.rule}"`)
          .join(", ")}] to assign anyway`
      )
    }
    overrides = ASSIGNMENT_OVERRIDES.filter((o) => violations.some((v) => v.rule === o))
  }

  const prepared: PreparedAssignment = {
    ...(current ? { id: current.id } : { created_by: input.actor_id ?? null }),
    service_order_id: order.id,
    technician_id: technician.id,
    starts_at: next.starts_at,
    ends_at: next.ends_at,
    service_order_line_id: next.service_order_line_id,
    ...(input.status ? { status: input.status } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
    overrides,
    override_note: scheduled ? (overrides.length ? input.override_note ?? null : null) : input.override_note ?? current?.override_note ?? null,
    scheduled,
    service_order_number: order.number,
    expected_updated_at: input.expected_updated_at ? new Date(input.expected_updated_at) : null,
  }
  return new StepResponse(prepared)
})
