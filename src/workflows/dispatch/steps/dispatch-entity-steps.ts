import { DispatchTeamDTO, SkillDTO, TechnicianAbsenceDTO, TechnicianDTO } from "../../../modules/service-management"
import { defineCreateStep, defineSoftDeleteStep, defineUpdateStep } from "../../common/steps/entity-steps"

export type SkillInput = { code: string; name: string; description?: string | null; metadata?: Record<string, unknown> | null }
export type DispatchTeamInput = { name: string; description?: string | null; color?: string | null; metadata?: Record<string, unknown> | null }
export type TechnicianInput = {
  user_id?: string | null
  first_name: string
  last_name?: string | null
  email?: string | null
  phone?: string | null
  color?: string | null
  skills?: string[]
  timezone: string
  working_hours: Record<string, { start: string; end: string }[]>
  is_active?: boolean
  team_id?: string | null
  metadata?: Record<string, unknown> | null
}
export type TechnicianAbsenceInput = { technician_id: string; starts_at: Date; ends_at: Date; reason?: string; note?: string | null }

/** Creates skills; compensation deletes them. */
export const createSkillsStep = defineCreateStep<SkillInput, SkillDTO>("create-service-skills", "ServiceSkills")
/** Updates skills; compensation restores the changed fields. */
export const updateSkillsStep = defineUpdateStep<{ id: string } & Partial<SkillInput>, SkillDTO>("update-service-skills", "ServiceSkills")
/** Soft-deletes skills; compensation restores them. */
export const deleteSkillsStep = defineSoftDeleteStep("delete-service-skills", "ServiceSkills")

/** Creates dispatch teams; compensation deletes them. */
export const createDispatchTeamsStep = defineCreateStep<DispatchTeamInput, DispatchTeamDTO>("create-dispatch-teams", "ServiceDispatchTeams")
/** Updates dispatch teams; compensation restores the changed fields. */
export const updateDispatchTeamsStep = defineUpdateStep<{ id: string } & Partial<DispatchTeamInput>, DispatchTeamDTO>(
  "update-dispatch-teams",
  "ServiceDispatchTeams"
)
/** Soft-deletes dispatch teams; compensation restores them. */
export const deleteDispatchTeamsStep = defineSoftDeleteStep("delete-dispatch-teams", "ServiceDispatchTeams")

/** Creates technicians; compensation deletes them. */
export const createTechniciansStep = defineCreateStep<TechnicianInput, TechnicianDTO>("create-technicians", "ServiceTechnicians")
/** Updates technicians; compensation restores the changed fields. */
export const updateTechniciansStep = defineUpdateStep<{ id: string } & Partial<TechnicianInput>, TechnicianDTO>(
  "update-technicians",
  "ServiceTechnicians"
)
/** Soft-deletes technicians; compensation restores them. */
export const deleteTechniciansStep = defineSoftDeleteStep("delete-technicians", "ServiceTechnicians")

/** Records absences; compensation deletes them. */
export const createTechnicianAbsencesStep = defineCreateStep<TechnicianAbsenceInput, TechnicianAbsenceDTO>(
  "create-technician-absences",
  "ServiceTechnicianAbsences"
)
/** Soft-deletes absences; compensation restores them. */
export const deleteTechnicianAbsencesStep = defineSoftDeleteStep("delete-technician-absences", "ServiceTechnicianAbsences")
