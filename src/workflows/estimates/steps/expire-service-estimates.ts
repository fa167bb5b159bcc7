import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import { ExpiredEstimate } from "../../../modules/service-management/repositories"
import ServiceManagementModuleService from "../../../modules/service-management/service"

export const listExpiringServiceEstimatesStepId = "list-expiring-service-estimates"
/** Up to `limit` sent estimates past their validity at `now`, oldest validity first. Reads only. */
export const listExpiringServiceEstimatesStep = createStep(
  listExpiringServiceEstimatesStepId,
  async (input: { now: Date; limit: number }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const rows = await service.listServiceEstimates(
      { status: "sent", valid_until: { $lt: input.now } },
      { select: ["id", "service_order_id"], take: input.limit, order: { valid_until: "ASC", id: "ASC" } }
    )
    return new StepResponse(rows.map((r) => ({ id: r.id, service_order_id: r.service_order_id as string })))
  }
)

export const expireServiceEstimatesStepId = "expire-service-estimates"
/**
 * Marks the estimates expired that are still sent and past their validity (compare-and-set: one
 * answered or replaced meanwhile stays as it is). Compensation takes the marks back.
 */
export const expireServiceEstimatesStep = createStep(
  expireServiceEstimatesStepId,
  async (input: { ids: string[]; now: Date }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const expired = await service.expireServiceEstimates(input)
    return new StepResponse<ExpiredEstimate[], string[]>(expired, expired.map((e) => e.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).unexpireServiceEstimates(ids)
    }
  }
)
