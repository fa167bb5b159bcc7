import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { cancelAssignmentStep, createAssignmentStep, updateAssignmentStep } from "./steps/assignment-write-steps"
import { AssignmentInput, prepareAssignmentStep } from "./steps/prepare-assignment"

const assignedEvent = (a: { id: string; service_order_id: string; technician_id: string; starts_at: Date; ends_at: Date }) => ({
  id: a.service_order_id,
  assignment_id: a.id,
  technician_id: a.technician_id,
  starts_at: a.starts_at,
  ends_at: a.ends_at,
})

export const createAssignmentWorkflowId = "create-assignment"
/**
 * Assigns a technician to a service order (or one of its hour lines) for a window. Rules that do
 * not hold (working hours, absence, skills) refuse it unless overridden, and the overrides are
 * recorded; Postgres refuses an overlap with the technician's other work, so of two dispatchers
 * racing for one slot exactly one wins. Hooks: `validate`, `assignmentCreated`.
 * Event: `service_order.assigned`.
 */
export const createAssignmentWorkflow = createWorkflow(createAssignmentWorkflowId, (input: AssignmentInput) => {
  const prepared = prepareAssignmentStep(input)
  const validate = createHook("validate", { input, assignment: prepared })
  const assignment = createAssignmentStep(prepared)
  const assignmentCreated = createHook("assignmentCreated", { assignment })
  emitEventStep({ eventName: ServiceManagementEvents.SERVICE_ORDER_ASSIGNED, data: transform({ assignment }, ({ assignment }) => assignedEvent(assignment)) })
  return new WorkflowResponse(assignment, { hooks: [validate, assignmentCreated] })
})

export const updateAssignmentWorkflowId = "update-assignment"
/**
 * Moves, resizes or reassigns an assignment, or sets its status / note. A new technician or window
 * is checked like a new assignment. Hooks: `validate`, `assignmentChanged`. Events:
 * `service_assignment.changed`, and `service_order.assigned` when the technician or window changed.
 */
export const updateAssignmentWorkflow = createWorkflow(updateAssignmentWorkflowId, (input: AssignmentInput & { assignment_id: string }) => {
  const prepared = prepareAssignmentStep(input)
  const validate = createHook("validate", { input, assignment: prepared })
  const assignment = updateAssignmentStep(prepared)
  const assignmentChanged = createHook("assignmentChanged", { assignment })
  emitEventStep({
    eventName: ServiceManagementEvents.SERVICE_ASSIGNMENT_CHANGED,
    data: transform({ assignment }, ({ assignment }) => ({ id: assignment.id, service_order_id: assignment.service_order_id })),
  }).config({ name: "emit-assignment-changed" })
  // No event when the window and technician stayed: an empty list emits nothing. Not a `when`
  // branch: Medusa 2.21 undoes a step renamed inside `when` with the wrong step's data.
  emitEventStep({
    eventName: ServiceManagementEvents.SERVICE_ORDER_ASSIGNED,
    data: transform({ assignment, prepared }, ({ assignment, prepared }) => (prepared.scheduled ? [assignedEvent(assignment)] : [])),
  }).config({ name: "emit-order-reassigned" })
  return new WorkflowResponse(assignment, { hooks: [validate, assignmentChanged] })
})

export const cancelAssignmentWorkflowId = "cancel-assignment"
/** Cancels an assignment and frees its window. Hooks: `validate`, `assignmentCancelled`. Event: `service_assignment.cancelled`. */
export const cancelAssignmentWorkflow = createWorkflow(
  cancelAssignmentWorkflowId,
  (input: { service_order_id: string; assignment_id: string }) => {
    const validate = createHook("validate", { input })
    const assignment = cancelAssignmentStep(input)
    const assignmentCancelled = createHook("assignmentCancelled", { assignment })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ASSIGNMENT_CANCELLED,
      data: transform({ assignment }, ({ assignment }) => ({ id: assignment.id, service_order_id: assignment.service_order_id })),
    })
    return new WorkflowResponse(assignment, { hooks: [validate, assignmentCancelled] })
  }
)
