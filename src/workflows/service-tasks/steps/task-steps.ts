import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE, ServiceTaskDTO } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { defineCreateStep, defineSoftDeleteStep, defineUpdateStep } from "../../common/steps/entity-steps"

export type ServiceTaskInput = {
  code: string
  name: string
  description?: string | null
  default_duration_minutes?: number | null
  default_unit_price?: number | null
  default_unit_cost?: number | null
  required_skills?: string[]
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

export const createServiceTasksStepId = "create-service-tasks"
/** Creates service tasks; compensation deletes them. */
export const createServiceTasksStep = defineCreateStep<ServiceTaskInput, ServiceTaskDTO>(
  createServiceTasksStepId,
  "ServiceTasks"
)

export const updateServiceTasksStepId = "update-service-tasks"
/** Updates service tasks; compensation restores the changed fields. */
export const updateServiceTasksStep = defineUpdateStep<{ id: string } & Partial<ServiceTaskInput>, ServiceTaskDTO>(
  updateServiceTasksStepId,
  "ServiceTasks"
)

export const deleteServiceTasksStepId = "delete-service-tasks"
/** Soft-deletes service tasks; compensation restores them. */
export const deleteServiceTasksStep = defineSoftDeleteStep(deleteServiceTasksStepId, "ServiceTasks")

export const validateServiceTasksDeletableStepId = "validate-service-tasks-deletable"
/** Tasks used on service order lines stay: deactivate them instead. */
export const validateServiceTasksDeletableStep = createStep(
  validateServiceTasksDeletableStepId,
  async (ids: string[], { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const [, used] = await service.listAndCountServiceOrderLines({ service_task_id: ids }, { take: 1, select: ["id"] })
    if (used) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The service task is used on ${used} service order line(s); deactivate it instead of deleting it`
      )
    }
    return new StepResponse(void 0)
  }
)
