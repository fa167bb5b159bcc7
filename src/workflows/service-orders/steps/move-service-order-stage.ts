import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

export type MoveServiceOrderStageInput = {
  id: string
  from_stage_id: string
  to_stage_id: string
  timestamps: { closed_at?: Date | null; canceled_at?: Date | null }
  /** What compensation restores, `stage_changed_at` included, so an undone move leaves no trace. */
  previous_timestamps: { closed_at?: Date | null; canceled_at?: Date | null; stage_changed_at?: Date | null }
}

export const moveServiceOrderStageStepId = "move-service-order-stage"
/** Moves an order to its new stage if nobody moved it meanwhile; compensation moves it back. */
export const moveServiceOrderStageStep = createStep(
  moveServiceOrderStageStepId,
  async (input: MoveServiceOrderStageInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    await service.moveServiceOrderStage({
      id: input.id,
      from_stage_id: input.from_stage_id,
      to_stage_id: input.to_stage_id,
      timestamps: input.timestamps,
    })
    return new StepResponse(input, input)
  },
  async (input, { container }) => {
    if (!input) {
      return
    }
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    await service.moveServiceOrderStage({
      id: input.id,
      from_stage_id: input.to_stage_id,
      to_stage_id: input.from_stage_id,
      timestamps: input.previous_timestamps,
    })
  }
)
