import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { availability } from "../../../modules/service-management/utils/allowed-actions"
import { assertEstimateAnswerable } from "../../../modules/service-management/utils/estimate-status"
import { assertTransitionAllowed } from "../../../modules/service-management/utils/stage-rules"
import { ServiceEstimateAnswer } from "../../../types/enums"
import { loadEstimateOrder } from "../utils/estimate-order"

export type PrepareEstimateAnswerInput = {
  service_order_id: string
  customer_id: string
  answer: ServiceEstimateAnswer
  note?: string | null
}

export const prepareServiceEstimateAnswerStepId = "prepare-service-estimate-answer"
/**
 * The customer's answer to their order's estimate: 404 for another customer's order, 409 unless
 * a sent estimate is waiting and still valid. For a decline, plans the move to the configured
 * stage (`estimates.declineStage`) when the stage rules let it follow the current stage; else the
 * order stays where it is (the answer is the customer's, the stage rules are staff's).
 * Nothing is written here.
 */
export const prepareServiceEstimateAnswerStep = createStep(
  prepareServiceEstimateAnswerStepId,
  async (input: PrepareEstimateAnswerInput, { container }) => {
    const { order, estimates, live } = await loadEstimateOrder(container, input)
    // With none live, the latest version names why (expired, declined) in the 409.
    assertEstimateAnswerable(order, live ?? estimates[0] ?? null)
    const estimate = live!
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const { declineStage, declineReason } = service.getOptions().estimates
    let declineMove: { to_stage: string; reason_code: string | null } | null = null
    if (input.answer === "decline" && declineStage) {
      const [to] = await service.listServiceStages({ code: declineStage }, { relations: ["reasons"], take: 1 })
      const reasons = (to?.reasons ?? []).filter((r) => r.is_active).map((r) => r.code)
      if (to && availability(() => assertTransitionAllowed(order.stage, to, declineReason, reasons)).allowed) {
        declineMove = { to_stage: to.code, reason_code: declineReason }
      } else {
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .info(`[service-management] ${order.number}: declined estimate leaves the order in "${order.stage.code}" (the stage rules do not let "${declineStage}" follow)`)
      }
    }
    const now = new Date()
    return new StepResponse({
      service_order: { id: order.id, number: order.number, customer_id: order.customer_id },
      estimate: { id: estimate.id, version: estimate.version, draft_order_id: estimate.draft_order_id },
      update: {
        id: estimate.id,
        status: input.answer === "accept" ? ("accepted" as const) : ("declined" as const),
        answered_at: now,
        answer_note: input.note ?? null,
      },
      decline_move: declineMove,
    })
  }
)
