import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertEstimateSendable } from "../../../modules/service-management/utils/estimate-status"
import { loadEstimateOrder } from "../utils/estimate-order"

export const prepareServiceEstimateSendStepId = "prepare-service-estimate-send"
/**
 * Checks that the order's live estimate is a draft with a validity date in the future (the one
 * given, else the draft's) and returns the update that sends it. Nothing is written here.
 */
export const prepareServiceEstimateSendStep = createStep(
  prepareServiceEstimateSendStepId,
  async (input: { service_order_id: string; valid_until?: Date | string | null; sent_by: string | null }, { container }) => {
    const { order, live } = await loadEstimateOrder(container, { service_order_id: input.service_order_id })
    const validUntil = input.valid_until ?? live?.valid_until ?? null
    assertEstimateSendable(order, live, validUntil)
    return new StepResponse({
      service_order: { id: order.id, number: order.number, customer_id: order.customer_id },
      update: {
        id: live!.id,
        status: "sent" as const,
        valid_until: new Date(validUntil!),
        sent_at: new Date(),
        sent_by: input.sent_by,
      },
      version: live!.version,
    })
  }
)
