import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

export const refreshServiceOrderTotalsStepId = "refresh-service-order-totals"
/**
 * Recomputes revenue, cost and margin from the lines and returns them as written (with the orders'
 * `updated_at`); compensation writes the old totals back.
 */
export const refreshServiceOrderTotalsStep = createStep(
  refreshServiceOrderTotalsStepId,
  async (serviceOrderIds: string[], { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const previous = await service.listServiceOrders(
      { id: serviceOrderIds },
      { select: ["id", "revenue_total", "cost_total", "margin_total"] }
    )
    const totals = await service.refreshServiceOrderTotals(serviceOrderIds)
    return new StepResponse(totals, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) {
      const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
      await service.updateServiceOrders(
        previous.map(({ id, revenue_total, cost_total, margin_total }) => ({ id, revenue_total, cost_total, margin_total }))
      )
    }
  }
)
