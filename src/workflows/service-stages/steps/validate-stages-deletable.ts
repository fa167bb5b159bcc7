import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

export const validateStagesDeletableStepId = "validate-stages-deletable"
/**
 * A stage can go only when no order is in it, it is not the initial stage, and no other stage
 * lists it as next; otherwise orders would be stranded. Deactivating is the alternative.
 */
export const validateStagesDeletableStep = createStep(
  validateStagesDeletableStepId,
  async (ids: string[], { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const stages = await service.listServiceStages({}, { select: ["id", "code", "is_initial", "next_stage_codes"] })
    for (const id of ids) {
      const stage = stages.find((s) => s.id === id)
      if (!stage) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service stage with id: ${id} was not found`)
      }
      if (stage.is_initial) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Stage ${stage.code} is the initial stage; make another stage initial first`)
      }
      const referencing = stages.filter((s) => !ids.includes(s.id) && (s.next_stage_codes ?? []).includes(stage.code))
      if (referencing.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Stage ${stage.code} is a next stage of ${referencing.map((s) => s.code).join(", ")}; remove it there first`
        )
      }
    }
    const [, inUse] = await service.listAndCountServiceOrders({ stage_id: ids }, { take: 1, select: ["id"] })
    if (inUse) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${inUse} service order(s) are in this stage; move them or deactivate the stage instead`
      )
    }
    return new StepResponse(void 0)
  }
)
