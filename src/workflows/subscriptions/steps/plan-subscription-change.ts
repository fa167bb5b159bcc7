import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import { withTypedPauses } from "../../../modules/service-management/utils/subscription-periods"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assertPrecondition } from "../../../modules/service-management/utils/conflicts"
import { planSubscriptionChange } from "../../../modules/service-management/utils/subscription-status"
import { flattenCursor } from "../../../modules/service-management/utils/subscription-cursor"
import { SubscriptionAction } from "../../../types/enums"

export const planSubscriptionChangeStepId = "plan-subscription-change"
/**
 * Loads a subscription with its fee transactions, checks the caller's precondition (409 naming the
 * status now) and plans a pause, resume or cancellation (see `planSubscriptionChange`).
 */
export const planSubscriptionChangeStep = createStep(
  planSubscriptionChangeStepId,
  async (input: { id: string; action: SubscriptionAction; from: Date; from_status?: string }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const [subscription] = await service.listServiceSubscriptions({ id: input.id }, { relations: ["fee_transactions", "cursor"] })
    if (!subscription) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service subscription with id: ${input.id} was not found`)
    }
    assertPrecondition({ subject: `Service subscription ${subscription.number}`, current: subscription.status, expected: input.from_status })
    const plan = planSubscriptionChange(withTypedPauses(flattenCursor(subscription)), subscription.fee_transactions, input.action, input.from)
    return new StepResponse({
      ...plan,
      cursor: { id: subscription.cursor_id, ...plan.cursor },
      subscription: { id: subscription.id, number: subscription.number, customer_id: subscription.customer_id },
    })
  }
)
