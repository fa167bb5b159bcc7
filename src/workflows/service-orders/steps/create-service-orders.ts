import ServiceManagementModuleService from "../../../modules/service-management/service"
import { defineCreateStepWith } from "../../common/steps/entity-steps"

export type CreateServiceOrderRow = Parameters<ServiceManagementModuleService["createNumberedServiceOrders"]>[0][number]

export const createServiceOrdersStepId = "create-service-orders"
/**
 * Creates service orders with their human numbers. Compensation deletes them; a number
 * handed out to an order that is then compensated is not reused.
 */
export const createServiceOrdersStep = defineCreateStepWith(
  createServiceOrdersStepId,
  "ServiceOrders",
  (service, data: CreateServiceOrderRow[]) => service.createNumberedServiceOrders(data)
)
