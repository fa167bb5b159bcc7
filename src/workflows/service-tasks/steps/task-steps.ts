import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE, ServiceTaskDTO } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { defineEntitySteps } from "../../common/steps/entity-steps"

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

const taskIds = { create: "create-service-tasks", update: "update-service-tasks", delete: "delete-service-tasks" } as const
const taskSteps = defineEntitySteps<ServiceTaskInput, ServiceTaskDTO>("ServiceTasks", taskIds)
export const { create: createServiceTasksStepId, update: updateServiceTasksStepId, delete: deleteServiceTasksStepId } = taskIds
export const { create: createServiceTasksStep, update: updateServiceTasksStep, delete: deleteServiceTasksStep } = taskSteps

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
