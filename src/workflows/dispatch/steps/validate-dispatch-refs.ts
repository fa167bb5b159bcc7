import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { validateBusinessCalendar } from "../../../modules/service-management/utils/business-time"
import { TechnicianInput } from "./dispatch-entity-steps"

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)

export const validateTechnicianStepId = "validate-technician"
/**
 * Checks what a technician refers to before it is written: a usable weekly calendar, an existing
 * admin user (not linked to another technician), an existing team, and skills that exist.
 * Every refusal names the problem; nothing is written here.
 */
export const validateTechnicianStep = createStep(
  validateTechnicianStepId,
  async (input: { id?: string } & Partial<TechnicianInput>, { container }) => {
    const [previous] = input.id
      ? await service(container).listServiceTechnicians({ id: input.id }, { select: ["timezone", "working_hours"] })
      : []
    const merged = { ...(previous ?? {}), ...input }
    if (input.timezone !== undefined || input.working_hours !== undefined) {
      const problems = validateBusinessCalendar({ timezone: merged.timezone!, working_hours: merged.working_hours })
      if (problems.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid working hours: ${problems.join("; ")}`)
      }
    }
    if (input.user_id) {
      const [user] = await container.resolve(Modules.USER).listUsers({ id: input.user_id }, { select: ["id"] })
      if (!user) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `User with id: ${input.user_id} was not found`)
      }
      const [linked] = await service(container).listServiceTechnicians({ user_id: input.user_id }, { select: ["id", "first_name"] })
      if (linked && linked.id !== input.id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `The user is already linked to technician ${linked.first_name} (${linked.id})`)
      }
    }
    if (input.team_id) {
      const [team] = await service(container).listServiceDispatchTeams({ id: input.team_id }, { select: ["id"] })
      if (!team) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dispatch team with id: ${input.team_id} was not found`)
      }
    }
    if (input.skills?.length) {
      const known = await service(container).listServiceSkills({ code: input.skills }, { select: ["code"] })
      const unknown = input.skills.filter((s) => !known.some((k) => k.code === s))
      if (unknown.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown skill code(s): ${unknown.join(", ")}; create them under skills first`)
      }
    }
    return new StepResponse(void 0)
  }
)

export const validateTechniciansDeletableStepId = "validate-technicians-deletable"
/** A technician with planned or running work ahead keeps it: reassign or cancel it first. */
export const validateTechniciansDeletableStep = createStep(validateTechniciansDeletableStepId, async (ids: string[], { container }) => {
  const [, count] = await service(container).listAndCountServiceAssignments(
    { technician_id: ids, status: ["planned", "in_progress"], ends_at: { $gt: new Date() } },
    { take: 1, select: ["id"] }
  )
  if (count) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The technician has ${count} planned assignment(s) ahead; reassign or cancel them before deleting the technician (or deactivate it)`
    )
  }
  return new StepResponse(void 0)
})

export const validateSkillsDeletableStepId = "validate-skills-deletable"
/** A skill that technicians have or tasks require stays: remove it from them first. */
export const validateSkillsDeletableStep = createStep(validateSkillsDeletableStepId, async (ids: string[], { container }) => {
  const skills = await service(container).listServiceSkills({ id: ids }, { select: ["code"] })
  const codes = skills.map((s) => s.code)
  if (!codes.length) {
    return new StepResponse(void 0)
  }
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [{ technicians, tasks }] = (
    await pg.raw(
      `SELECT (SELECT count(*) FROM service_technician WHERE deleted_at IS NULL AND skills && ?::text[])::int AS technicians,
              (SELECT count(*) FROM service_task WHERE deleted_at IS NULL AND required_skills && ?::text[])::int AS tasks`,
      [codes, codes]
    )
  ).rows
  if (technicians || tasks) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The skill is in use (${technicians} technician(s), ${tasks} task(s)); remove it from them before deleting it`
    )
  }
  return new StepResponse(void 0)
})

export const validateDispatchTeamsDeletableStepId = "validate-dispatch-teams-deletable"
/** A team with technicians stays: move them to another team first. */
export const validateDispatchTeamsDeletableStep = createStep(validateDispatchTeamsDeletableStepId, async (ids: string[], { container }) => {
  const [, count] = await service(container).listAndCountServiceTechnicians({ team_id: ids }, { take: 1, select: ["id"] })
  if (count) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The team has ${count} technician(s); move them to another team before deleting it`)
  }
  return new StepResponse(void 0)
})
