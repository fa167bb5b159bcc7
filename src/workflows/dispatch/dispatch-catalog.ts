import { createHook, createWorkflow, StepFunction, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
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

// The SDK's conditional types do not resolve over a type parameter: say what the list holds.
const asList = <T>(input: WorkflowData<T>) => transform({ input }, ({ input }) => [input]) as unknown as WorkflowData<T[]>

/**
 * Create, update and delete workflows of one dispatch catalogue (skills, teams, technicians), each
 * with a `validate` hook before writing and a created/changed/deleted hook after.
 */
function catalogWorkflows<TCreate, TUpdate extends { id: string }, TRow extends { id: string }>(
  name: { id: string; hook: string },
  steps: Steps<TCreate, TUpdate, TRow>
) {
  const create = createWorkflow(`create-${name.id}`, (input: WorkflowData<TCreate>) => {
    steps.validate?.(input)
    const validate = createHook("validate", { input })
    const created = steps.create(asList<TCreate>(input))
    const row = transform({ created }, ({ created }) => created[0])
    const createdHook = createHook(`${name.hook}Created`, { [name.hook]: row })
    return new WorkflowResponse(row, { hooks: [validate, createdHook] })
  })
  const update = createWorkflow(`update-${name.id}`, (input: WorkflowData<TUpdate>) => {
    steps.validate?.(input)
    const validate = createHook("validate", { input })
    const updated = steps.update(asList<TUpdate>(input))
    const row = transform({ updated }, ({ updated }) => updated[0])
    const changed = createHook(`${name.hook}Changed`, { [name.hook]: row })
    return new WorkflowResponse(row, { hooks: [validate, changed] })
  })
  const remove = defineDeleteWorkflow(`delete-${name.id}`, `${name.hook}Deleted`, steps)
  return { create, update, remove }
}

const skills = catalogWorkflows(
  { id: "service-skill", hook: "skill" },
  { create: createSkillsStep, update: updateSkillsStep, remove: deleteSkillsStep, deletable: validateSkillsDeletableStep }
)
/** Skills technicians have and tasks require. Hooks: `validate`, `skillCreated` / `skillChanged` / `skillDeleted`. */
export const createSkillWorkflow = skills.create
export const updateSkillWorkflow = skills.update
export const deleteSkillsWorkflow = skills.remove

const teams = catalogWorkflows(
  { id: "dispatch-team", hook: "dispatchTeam" },
  { create: createDispatchTeamsStep, update: updateDispatchTeamsStep, remove: deleteDispatchTeamsStep, deletable: validateDispatchTeamsDeletableStep }
)
/** Dispatch teams. Hooks: `validate`, `dispatchTeamCreated` / `dispatchTeamChanged` / `dispatchTeamDeleted`. */
export const createDispatchTeamWorkflow = teams.create
export const updateDispatchTeamWorkflow = teams.update
export const deleteDispatchTeamsWorkflow = teams.remove

const technicians = catalogWorkflows(
  { id: "technician", hook: "technician" },
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
