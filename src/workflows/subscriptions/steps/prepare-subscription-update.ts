import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { duePeriods, withTypedPauses } from "../../../modules/service-management/utils/subscription-periods"
import { assertSubscriptionReferences } from "./prepare-service-subscription"
import { findOneOrNotFound } from "../../common/utils/load-record"
import { flattenCursor } from "../../../modules/service-management/utils/subscription-cursor"
import { SubscriptionCursorFields } from "../../../modules/service-management/utils/subscription-cursor"

export type UpdateServiceSubscriptionInput = {
  id: string
  description?: string
  amount?: number
  end_date?: Date | null
  group_id?: string | null
  agreement_id?: string | null
  product_variant_id?: string | null
  metadata?: Record<string, unknown> | null
}

export const prepareSubscriptionUpdateStepId = "prepare-subscription-update"
/**
 * Checks a change of a subscription: not cancelled, end after start, existing references. A new
 * amount applies to periods not billed yet; a new end date moves the billing cursor (an ended
 * subscription whose end moves later bills again from its last billed period).
 */
export const prepareSubscriptionUpdateStep = createStep(
  prepareSubscriptionUpdateStepId,
  async (input: UpdateServiceSubscriptionInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const sub = flattenCursor(
      await findOneOrNotFound(service.listServiceSubscriptions({ id: input.id }, { relations: ["cursor"] }), "Service subscription", input.id)
    )
    if (sub.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Subscription ${sub.number} is cancelled and can no longer change`)
    }
    const merged = withTypedPauses({ ...sub, ...input })
    if (merged.end_date && new Date(merged.end_date) < new Date(sub.start_date)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "end_date must not be before start_date")
    }
    await assertSubscriptionReferences(container, merged)
    const update: Record<string, unknown> = { ...input }
    let moved: ({ id: string } & SubscriptionCursorFields) | null = null
    if (input.end_date !== undefined) {
      let from = sub.next_period_start as Date | null
      if (!from) {
        const [last] = await service.listServiceSubscriptionFeeTransactions(
          { subscription_id: sub.id },
          { select: ["period_end"], order: { period_start: "DESC" }, take: 1 }
        )
        from = (last?.period_end as Date | undefined) ?? (sub.start_date as Date)
      }
      const { next_period_start, next_due_at } = duePeriods(merged, from, new Date(0))
      moved = { id: sub.cursor_id, next_period_start, next_due_at }
    }
    // `cursor`: where the cursor stands after the update (moved or not), for the hook's subscription.
    return new StepResponse({
      update: update as { id: string },
      cursors: moved ? [moved] : [],
      cursor: { next_period_start: (moved ?? sub).next_period_start, next_due_at: (moved ?? sub).next_due_at } as SubscriptionCursorFields,
    })
  }
)
