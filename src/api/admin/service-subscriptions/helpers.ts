import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { upcomingPeriods } from "../../../modules/service-management/utils/views/subscription-upcoming-periods"
import { retrieveEntity } from "../../utils/respond"
import { cursorFields } from "../../utils/subscription-cursor"
import { flattenCursor } from "../../../modules/service-management/utils/subscription-cursor"
import { statusActionRoute } from "../../utils/status-action-route"
import { changeServiceSubscriptionStatusWorkflow } from "../../../workflows/subscriptions/change-service-subscription-status"
import { SubscriptionAction } from "../../../types/enums"
import { AdminServiceSubscriptionAction } from "./validators"
import { defaultFeeTransactionFields } from "../subscription-fee-transactions/query-config"

/**
 * A subscription as the detail page shows it: the requested fields, its latest fee transactions
 * (with the orders that invoiced them) and the periods it will bill next.
 */
export async function refetchServiceSubscription(req: MedusaRequest, id: string) {
  const subscription = flattenCursor(await retrieveEntity(req, "service_subscription", { id }, "Service subscription"))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: transactions } = await query.graph({
    entity: "service_subscription_fee_transaction",
    fields: defaultFeeTransactionFields.filter((f) => !f.startsWith("subscription.")),
    filters: { subscription_id: id },
    pagination: { skip: 0, take: 24, order: { period_start: "DESC" } },
  })
  const full = subscription.frequency ? subscription : flattenCursor(await retrieveEntity(req, "service_subscription", { id }, "Service subscription", cursorFields([
    "id", "amount", "currency_code", "frequency", "rrule", "billing_timing", "start_date", "end_date", "pauses", "cancel_from", "next_period_start",
  ])))
  return { ...subscription, fee_transactions: transactions, upcoming_periods: upcomingPeriods(full) }
}

/** `POST …/:id/pause|resume|cancel` `{ from?, from_status? }` of a subscription (from: default today). */
export const subscriptionActionRoute = (action: SubscriptionAction) =>
  statusActionRoute<AdminServiceSubscriptionAction>({
    entity: "service_subscription",
    single: "service_subscription",
    label: "Service subscription",
    refetch: refetchServiceSubscription,
    run: (req, id) => {
      const { from, from_status } = req.validatedBody
      return changeServiceSubscriptionStatusWorkflow(req.scope).run({ input: { id, action, from: from ?? new Date(), from_status } })
    },
  })
