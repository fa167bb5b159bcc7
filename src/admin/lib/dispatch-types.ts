import type { Priority } from "./types"
import type { WorkingHours } from "../../types"

export const ASSIGNMENT_STATUSES = ["planned", "in_progress", "done", "cancelled"] as const
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number]

/** Rules a dispatcher may override when assigning (the API names them in its 400 message). */
export const OVERRIDE_RULES = ["outside_working_hours", "absence", "missing_skill"] as const
export type OverrideRule = (typeof OVERRIDE_RULES)[number]

export type Interval = { starts_at: string; ends_at: string }

export type BoardOrderRef = {
  id: string
  number: string
  title: string | null
  priority: Priority
  customer_name: string | null
  stage_code: string | null
  stage_name: string | null
  response_due_at: string | null
  resolution_due_at: string | null
}

export type BoardAssignment = Interval & {
  id: string
  service_order_id: string
  service_order_line_id: string | null
  status: AssignmentStatus
  overrides: OverrideRule[] | null
  /** The version a change sends back as `expected_updated_at` (none while a drop is not saved yet). */
  updated_at?: string
  service_order: BoardOrderRef
}

export type BoardAbsence = Interval & { id: string; reason: string; note: string | null }

export type BoardTechnician = {
  id: string
  first_name: string
  last_name: string | null
  color: string | null
  team_id: string | null
  skills: string[] | null
  timezone: string | null
  working_periods: Interval[]
  absences: BoardAbsence[]
  assignments: BoardAssignment[]
}

export type QueueOrder = {
  id: string
  number: string
  title: string | null
  description: string | null
  priority: Priority
  stage_code: string | null
  stage_name: string | null
  customer_id: string | null
  customer_name: string | null
  required_skills: string[] | null
  estimated_minutes: number | null
  response_due_at: string | null
  resolution_due_at: string | null
  created_at: string
}

/** A page of technicians: `count` of all in scope, this page from `offset`. */
type TechnicianPage = { count: number; offset: number; limit: number | null }
export type DispatchBoard = TechnicianPage & { from: string; to: string; technicians: BoardTechnician[]; queue: QueueOrder[] }

/** What GET /admin/dispatch-board answers: each order, customer and stage once, blocks and queue entries by order id. */
export type NormalisedOrders = {
  service_orders: Record<string, Omit<BoardOrderRef, "customer_name" | "stage_name"> & { customer_id: string }>
  customers: Record<string, { name: string }>
  stages: Record<string, { name: string }>
}
export type DispatchBoardAnswer = NormalisedOrders & TechnicianPage & {
  from: string
  to: string
  technicians: (Omit<BoardTechnician, "assignments"> & { assignments: Omit<BoardAssignment, "service_order">[] })[]
  queue: Pick<QueueOrder, "id" | "description" | "created_at" | "required_skills" | "estimated_minutes">[]
}
export type MyWorkAnswer = NormalisedOrders & Omit<MyWork, "assignments"> & { assignments: Omit<BoardAssignment, "service_order">[] }

export type DispatchTeam = { id: string; name: string; description: string | null; color: string | null }

export type Technician = {
  id: string
  first_name: string
  last_name: string | null
  email: string | null
  color: string | null
  is_active: boolean
  user_id: string | null
  team?: { id: string; name: string } | null
}

/** An assignment as the service order's assignment routes return it. */
export type Assignment = Interval & {
  id: string
  service_order_id?: string
  service_order_line_id: string | null
  status: AssignmentStatus
  note: string | null
  overrides: OverrideRule[] | null
  override_note: string | null
  created_by?: string | null
  /** The version a change sends back as `expected_updated_at`. */
  updated_at?: string
  technician?: { id: string; first_name: string; last_name: string | null; color?: string | null } | null
  technician_id?: string
}

export type MyWork = {
  technician: { id: string; first_name: string; last_name: string | null; color: string | null; timezone?: string | null }
  assignments: BoardAssignment[]
  absences: BoardAbsence[]
  working_periods: Interval[]
}

export type AssignmentInput = {
  technician_id?: string
  starts_at?: string
  ends_at?: string
  status?: AssignmentStatus
  note?: string
  service_order_line_id?: string | null
  override?: OverrideRule[]
  override_note?: string
  /** The version of the assignment the page shows: a newer one is refused with 409 naming it. */
  expected_updated_at?: string
}

export const technicianName = (t?: { first_name: string; last_name?: string | null } | null) =>
  t ? [t.first_name, t.last_name].filter(Boolean).join(" ") : "–"

export type Skill = { id: string; code: string; name: string; description: string | null }

export const ABSENCE_REASONS = ["vacation", "sick", "training", "other"] as const
export type AbsenceReason = (typeof ABSENCE_REASONS)[number]
export type TechnicianAbsence = Interval & { id: string; reason: AbsenceReason; note: string | null }

/** A technician as the settings list and drawer edit it. */
export type TechnicianDetail = Technician & {
  phone: string | null
  skills: string[] | null
  timezone: string
  working_hours: WorkingHours
  user?: { id: string; email: string; first_name: string | null; last_name: string | null } | null
}
