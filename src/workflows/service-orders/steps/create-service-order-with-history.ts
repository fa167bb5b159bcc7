import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

export type CreateServiceOrderWithHistoryInput = Parameters<ServiceManagementModuleService["createServiceOrderWithHistory"]>[0]

export const createServiceOrderWithHistoryStepId = "create-service-order-with-history"
/**
 * Writes a prepared service order — its number, row, lines, first stage history row and SLA
 * start — in one transaction. Compensation deletes exactly those rows and gives the number back
 * while no later number was issued (`deleteNumbered`).
 */
export const createServiceOrderWithHistoryStep = createStep(
  createServiceOrderWithHistoryStepId,
  async (input: CreateServiceOrderWithHistoryInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const { sla_event_ids, ...created } = await service.createServiceOrderWithHistory(input)
    return new StepResponse(created, {
      id: created.order.id,
      line_ids: created.lines.map((l) => l.id),
      transition_ids: created.stage_transitions.map((t) => t.id),
      sla_event_ids,
    })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    await service.deleteSlaEvents(created.sla_event_ids)
    await service.deleteStageTransitions(created.transition_ids)
    await service.deleteServiceOrderLines(created.line_ids)
    await service.deleteNumbered("ServiceOrders", [created.id])
  }
)
