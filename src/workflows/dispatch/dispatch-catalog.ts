import { createHook, createWorkflow, StepFunction, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
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
import { ensureExistsStep } from "../common/steps/ensure-exists"

// Loosely typed inside: the workflow SDK's generics do not compose over a type parameter; the
// routes hand in bodies their zod validators typed.
type Steps = {
  create: StepFunction<any, any>
  update: StepFunction<any, any>
  remove: StepFunction<string[], string[]>
  /** Checks a create/update input before anything is written. */
  validate?: StepFunction<any, void>
  /** Checks that the rows may go before they are deleted. */
  deletable?: StepFunction<string[], void>
}

/**
 * Create, update and delete workflows of one dispatch catalogue (skills, teams, technicians), each
 * with a `validate` hook before writing and a created/changed/deleted hook after.
 */
function catalogWorkflows(name: { id: string; hook: string; entity: string; label: string }, steps: Steps) {
  const create = createWorkflow(`create-${name.id}`, (input: any) => {
    steps.validate?.(input)
    const validate = createHook("validate", { input })
    const created = steps.create(transform({ input }, ({ input }) => [input]))
    const row = transform({ created }, ({ created }) => created[0] as { id: string })
    const createdHook = createHook(`${name.hook}Created`, { [name.hook]: row })
    return new WorkflowResponse(row, { hooks: [validate, createdHook] })
  })
  const update = createWorkflow(`update-${name.id}`, (input: any) => {
    ensureExistsStep({ entity: name.entity, label: name.label, id: input.id })
    steps.validate?.(input)
    const validate = createHook("validate", { input })
    const updated = steps.update(transform({ input }, ({ input }) => [input]))
    const row = transform({ updated }, ({ updated }) => updated[0] as { id: string })
    const changed = createHook(`${name.hook}Changed`, { [name.hook]: row })
    return new WorkflowResponse(row, { hooks: [validate, changed] })
  })
  const remove = createWorkflow(`delete-${name.id}`, (input: { ids: string[] }) => {
    ensureExistsStep({ entity: name.entity, label: name.label, id: input.ids })
    steps.deletable?.(input.ids)
    const validate = createHook("validate", { input })
    const deleted = steps.remove(input.ids)
    const deletedHook = createHook(`${name.hook}Deleted`, { ids: deleted })
    return new WorkflowResponse(deleted, { hooks: [validate, deletedHook] })
  })
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
