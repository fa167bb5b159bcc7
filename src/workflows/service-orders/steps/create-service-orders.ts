import ServiceManagementModuleService from "../../../modules/service-management/service"
import { defineNumberedCreateStep } from "../../common/steps/entity-steps"

export type CreateServiceOrderRow = Parameters<ServiceManagementModuleService["createNumberedServiceOrders"]>[0][number]

export const createServiceOrdersStepId = "create-service-orders"
/**
 * Creates service orders with their human numbers. Compensation deletes them and gives their
 * numbers back while no later number was issued (else they stay used: never a duplicate).
 */
export const createServiceOrdersStep = defineNumberedCreateStep(
  createServiceOrdersStepId,
  "ServiceOrders",
  (service, data: CreateServiceOrderRow[]) => service.createNumberedServiceOrders(data)
)
