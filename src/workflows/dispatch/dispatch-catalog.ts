import { StepFunction } from "@medusajs/framework/workflows-sdk"
import { defineRecordWorkflow } from "../common/define-record-workflow"
import {
  createDispatchTeamsStep,
  createSkillsStep,
  createTechniciansStep,
  deleteDispatchTeamsStep,
  deleteSkillsStep,
  deleteTechniciansStep,
  updateDispatchTeamsStep,
  updateSkillsStep,
  updateTechniciansStep,
} from "./steps/dispatch-entity-steps"
import {
  validateDispatchTeamsDeletableStep,
  validateSkillsDeletableStep,
  validateTechnicianStep,
  validateTechniciansDeletableStep,
} from "./steps/validate-dispatch-refs"
import { defineDeleteWorkflow } from "../common/define-delete-workflow"

type Steps<TCreate, TUpdate extends { id: string }, TRow extends { id: string }> = {
  create: StepFunction<TCreate[], TRow[]>
  update: StepFunction<TUpdate[], TRow[]>
  remove: StepFunction<string[], string[]>
  /** Checks a create/update input before anything is written. */
  validate?: StepFunction<TCreate | TUpdate, unknown>
  /** Checks that the rows may go before they are deleted. */
  deletable?: StepFunction<string[], unknown>
}

/**
 * Create, update and delete workflows of one dispatch catalogue (skills, teams, technicians), each
 * with a `validate` hook before writing and a created/changed/deleted hook after.
 */
function catalogWorkflows<TCreate, TUpdate extends { id: string }, TRow extends { id: string }>(
  name: { id: string; hook: string; entity: string; label: string },
  steps: Steps<TCreate, TUpdate, TRow>
) {
  const exists = { entity: name.entity, label: name.label }
  const create = defineRecordWorkflow(`create-${name.id}`, `${name.hook}Created`, name.hook, { write: steps.create, check: steps.validate })
  const update = defineRecordWorkflow(`update-${name.id}`, `${name.hook}Changed`, name.hook, { write: steps.update, check: steps.validate, exists })
  const remove = defineDeleteWorkflow(`delete-${name.id}`, `${name.hook}Deleted`, { ...steps, exists })
  return { create, update, remove }
}

const skills = catalogWorkflows(
  { id: "service-skill", hook: "skill", entity: "service_skill", label: "Skill" },
  { create: createSkillsStep, update: updateSkillsStep, remove: deleteSkillsStep, deletable: validateSkillsDeletableStep }
)
/** Skills technicians have and tasks require. Hooks: `validate`, `skillCreated` / `skillChanged` / `skillDeleted`. */
export const createSkillWorkflow = skills.create
export const updateSkillWorkflow = skills.update
export const deleteSkillsWorkflow = skills.remove

const teams = catalogWorkflows(
  { id: "dispatch-team", hook: "dispatchTeam", entity: "service_dispatch_team", label: "Dispatch team" },
  { create: createDispatchTeamsStep, update: updateDispatchTeamsStep, remove: deleteDispatchTeamsStep, deletable: validateDispatchTeamsDeletableStep }
)
/** Dispatch teams. Hooks: `validate`, `dispatchTeamCreated` / `dispatchTeamChanged` / `dispatchTeamDeleted`. */
export const createDispatchTeamWorkflow = teams.create
export const updateDispatchTeamWorkflow = teams.update
export const deleteDispatchTeamsWorkflow = teams.remove

const technicians = catalogWorkflows(
  { id: "technician", hook: "technician", entity: "service_technician", label: "Technician" },
  {
    create: createTechniciansStep,
    update: updateTechniciansStep,
    remove: deleteTechniciansStep,
    validate: validateTechnicianStep,
    deletable: validateTechniciansDeletableStep,
  }
)
/**
 * Technicians (working hours, skills, team, admin user). Checks the calendar, user, team and
 * skills first. Hooks: `validate`, `technicianCreated` / `technicianChanged` / `technicianDeleted`.
 */
export const createTechnicianWorkflow = technicians.create
export const updateTechnicianWorkflow = technicians.update
export const deleteTechniciansWorkflow = technicians.remove
