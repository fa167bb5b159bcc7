import { createTechnicianAbsencesStep, deleteTechnicianAbsencesStep } from "./steps/dispatch-entity-steps"
import { defineDeleteWorkflow } from "../common/define-delete-workflow"
import { defineRecordWorkflow } from "../common/define-record-workflow"

export const createTechnicianAbsenceWorkflowId = "create-technician-absence"
/** Records time a technician is away. Hooks: `validate`, `technicianAbsenceCreated`. */
export const createTechnicianAbsenceWorkflow = defineRecordWorkflow(createTechnicianAbsenceWorkflowId, "technicianAbsenceCreated", "absence", {
  write: createTechnicianAbsencesStep,
  exists: { entity: "service_technician", label: "Technician", key: "technician_id" },
})

export const deleteTechnicianAbsencesWorkflowId = "delete-technician-absences"
/** Removes absences. Hooks: `validate`, `technicianAbsencesDeleted`. */
export const deleteTechnicianAbsencesWorkflow = defineDeleteWorkflow(deleteTechnicianAbsencesWorkflowId, "technicianAbsencesDeleted", {
  remove: deleteTechnicianAbsencesStep,
})
