import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTechnicianAbsencesStep, deleteTechnicianAbsencesStep, TechnicianAbsenceInput } from "./steps/dispatch-entity-steps"
import { ensureExistsStep } from "../common/steps/ensure-exists"

export const createTechnicianAbsenceWorkflowId = "create-technician-absence"
/** Records time a technician is away. Hooks: `validate`, `technicianAbsenceCreated`. */
export const createTechnicianAbsenceWorkflow = createWorkflow(createTechnicianAbsenceWorkflowId, (input: TechnicianAbsenceInput) => {
  ensureExistsStep({ entity: "service_technician", label: "Technician", id: input.technician_id })
  const validate = createHook("validate", { input })
  const created = createTechnicianAbsencesStep(transform({ input }, ({ input }) => [input]))
  const absence = transform({ created }, ({ created }) => created[0])
  const technicianAbsenceCreated = createHook("technicianAbsenceCreated", { absence })
  return new WorkflowResponse(absence, { hooks: [validate, technicianAbsenceCreated] })
})

export const deleteTechnicianAbsencesWorkflowId = "delete-technician-absences"
/** Removes absences. Hooks: `validate`, `technicianAbsencesDeleted`. */
export const deleteTechnicianAbsencesWorkflow = createWorkflow(deleteTechnicianAbsencesWorkflowId, (input: { ids: string[] }) => {
  const validate = createHook("validate", { input })
  const deleted = deleteTechnicianAbsencesStep(input.ids)
  const technicianAbsencesDeleted = createHook("technicianAbsencesDeleted", { ids: deleted })
  return new WorkflowResponse(deleted, { hooks: [validate, technicianAbsencesDeleted] })
})
