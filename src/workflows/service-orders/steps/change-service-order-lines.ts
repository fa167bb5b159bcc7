import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService, { ServiceOrderLinesChange } from "../../../modules/service-management/service"

export const changeServiceOrderLinesStepId = "change-service-order-lines"
/**
 * Adds, changes and removes an order's lines and recomputes its totals, in one transaction
 * (`changeServiceOrderLines`); returns the lines as written, the ids removed and the totals as
 * written (with the order's `updated_at`). Compensation puts the lines and totals back as they
 * were, in one transaction.
 */
export const changeServiceOrderLinesStep = createStep(
  changeServiceOrderLinesStepId,
  async (input: ServiceOrderLinesChange, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const { undo, ...written } = await service.changeServiceOrderLines(input)
    return new StepResponse(written, undo)
  },
  async (undo, { container }) => {
    if (undo) {
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).undoServiceOrderLinesChange(undo)
    }
  }
)
