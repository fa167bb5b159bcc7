import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { ServiceRoleName } from "../../../types/enums"

export type ServiceRoleChange = {
  user_id: string
  /** null: remove the user's role, so the plugin option `roles.default` applies again. */
  role: ServiceRoleName | null
  /** The admin user making the change. */
  actor_id?: string | null
}

export type ServiceRoleChangeResult = {
  user_id: string
  role: ServiceRoleName | null
  previous_role: ServiceRoleName | null
}

export const validateServiceRoleChangeStepId = "validate-service-role-change"
/**
 * The user must be an existing admin user (404 otherwise), and nobody changes their own role
 * away from service manager: the last manager could otherwise lock everyone out of the roles page.
 */
export const validateServiceRoleChangeStep = createStep(
  validateServiceRoleChangeStepId,
  async (input: ServiceRoleChange, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "user", fields: ["id"], filters: { id: input.user_id } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `User with id: ${input.user_id} was not found`)
    }
    if (input.actor_id && input.actor_id === input.user_id) {
      const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
      const effective = input.role ?? service.getOptions().roles.default
      if (effective !== "service_manager") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "You cannot take the service manager role from yourself; ask another service manager"
        )
      }
    }
    return new StepResponse(void 0)
  }
)

type PreviousRow = { id: string; role: ServiceRoleName; created: boolean } | null

export const setServiceRoleStepId = "set-service-role"
/** Gives a user a role (updating their row or creating one); compensation restores the previous state. */
export const setServiceRoleStep = createStep(
  setServiceRoleStepId,
  async (input: { user_id: string; role: ServiceRoleName; actor_id?: string | null }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const [existing] = await service.listServiceRoles({ user_id: input.user_id })
    if (existing) {
      await service.updateServiceRoles([{ id: existing.id, role: input.role }])
      const result: ServiceRoleChangeResult = { user_id: input.user_id, role: input.role, previous_role: existing.role }
      return new StepResponse(result, { id: existing.id, role: existing.role, created: false } as PreviousRow)
    }
    const created = await service.createServiceRoles({
      user_id: input.user_id,
      role: input.role,
      created_by: input.actor_id ?? null,
    })
    const result: ServiceRoleChangeResult = { user_id: input.user_id, role: input.role, previous_role: null }
    return new StepResponse(result, { id: created.id, role: created.role, created: true } as PreviousRow)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    if (previous.created) {
      await service.deleteServiceRoles([previous.id])
    } else {
      await service.updateServiceRoles([{ id: previous.id, role: previous.role }])
    }
  }
)

export const removeServiceRoleStepId = "remove-service-role"
/** Removes a user's role (soft delete) so the default applies; compensation restores the row. */
export const removeServiceRoleStep = createStep(
  removeServiceRoleStepId,
  async (input: { user_id: string }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const [existing] = await service.listServiceRoles({ user_id: input.user_id })
    if (existing) {
      await service.softDeleteServiceRoles([existing.id])
    }
    const result: ServiceRoleChangeResult = { user_id: input.user_id, role: null, previous_role: existing?.role ?? null }
    return new StepResponse(result, existing?.id ?? null)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).restoreServiceRoles([id])
    }
  }
)
