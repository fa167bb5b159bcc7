import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

export const setPostedOrderStepId = "set-posted-order"
/**
 * Points the posted service order at the Medusa order it created (unique in Postgres: no Medusa
 * order serves two service orders). Compensation clears the pointer.
 */
export const setPostedOrderStep = createStep(
  setPostedOrderStepId,
  async (input: { id: string; order_id: string }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    await service.updateServiceOrders({ id: input.id, posted_order_id: input.order_id })
    return new StepResponse(input, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).updateServiceOrders({ id, posted_order_id: null })
  }
)
