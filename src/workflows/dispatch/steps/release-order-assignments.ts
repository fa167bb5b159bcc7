import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

export const releaseOrderAssignmentsStepId = "release-order-assignments"
/**
 * Cancels the visits of an order that is being cancelled which have not taken place (planned or
 * in progress), so technicians' time is free again. Compensation restores their statuses.
 */
export const releaseOrderAssignmentsStep = createStep(
  releaseOrderAssignmentsStepId,
  async (input: { service_order_id: string }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const open = await service.listServiceAssignments(
      { service_order_id: input.service_order_id, status: ["planned", "in_progress"] },
      { select: ["id", "status"] }
    )
    if (open.length) {
      await service.updateServiceAssignments(open.map((a) => ({ id: a.id, status: "cancelled" as const })))
    }
    return new StepResponse(open.length, open.map((a) => ({ id: a.id, status: a.status })))
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).updateServiceAssignments(previous)
    }
  }
)
