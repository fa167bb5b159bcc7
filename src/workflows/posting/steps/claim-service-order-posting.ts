import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

export const claimServiceOrderPostingStepId = "claim-service-order-posting"
/**
 * Marks the order posted and names the Medusa order about to be created, only if it is not posted
 * yet — or still names `abandoned_order_id`, when resuming a post that died (one conditional
 * UPDATE: of two concurrent posts exactly one passes). Compensation unposts it and clears the
 * Medusa order it named.
 */
export const claimServiceOrderPostingStep = createStep(
  claimServiceOrderPostingStepId,
  async (
    input: { id: string; number: string; posted_by: string | null; order_id: string | null; abandoned_order_id: string | null },
    { container }
  ) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    await service.claimServiceOrderPosting(input)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).releaseServiceOrderPosting(id)
  }
)
