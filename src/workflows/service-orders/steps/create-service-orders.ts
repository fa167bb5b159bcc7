import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE, ServiceOrderDTO } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

export type CreateServiceOrderRow = Parameters<ServiceManagementModuleService["createNumberedServiceOrders"]>[0][number]

export const createServiceOrdersStepId = "create-service-orders"
/**
 * Creates service orders with their human numbers. Compensation deletes them; a number
 * handed out to an order that is then compensated is not reused.
 */
export const createServiceOrdersStep = createStep(
  createServiceOrdersStepId,
  async (data: CreateServiceOrderRow[], { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const created: ServiceOrderDTO[] = await service.createNumberedServiceOrders(data)
    return new StepResponse(created, created.map((o) => o.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).deleteServiceOrders(ids)
    }
  }
)
