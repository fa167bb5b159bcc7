import { DispatchTeamDTO, SkillDTO, TechnicianAbsenceDTO, TechnicianDTO } from "../../../modules/service-management"
import { defineEntitySteps } from "../../common/steps/entity-steps"

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

const skillSteps = defineEntitySteps<SkillInput, SkillDTO>("ServiceSkills", {
  create: "create-service-skills",
  update: "update-service-skills",
  delete: "delete-service-skills",
})
export const { create: createSkillsStep, update: updateSkillsStep, delete: deleteSkillsStep } = skillSteps

const teamSteps = defineEntitySteps<DispatchTeamInput, DispatchTeamDTO>("ServiceDispatchTeams", {
  create: "create-dispatch-teams",
  update: "update-dispatch-teams",
  delete: "delete-dispatch-teams",
})
export const { create: createDispatchTeamsStep, update: updateDispatchTeamsStep, delete: deleteDispatchTeamsStep } = teamSteps

const technicianSteps = defineEntitySteps<TechnicianInput, TechnicianDTO>("ServiceTechnicians", {
  create: "create-technicians",
  update: "update-technicians",
  delete: "delete-technicians",
})
export const { create: createTechniciansStep, update: updateTechniciansStep, delete: deleteTechniciansStep } = technicianSteps

const absenceSteps = defineEntitySteps<TechnicianAbsenceInput, TechnicianAbsenceDTO>("ServiceTechnicianAbsences", {
  create: "create-technician-absences",
  delete: "delete-technician-absences",
})
export const { create: createTechnicianAbsencesStep, delete: deleteTechnicianAbsencesStep } = absenceSteps
