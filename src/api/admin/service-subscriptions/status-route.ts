import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SubscriptionAction } from "../../../modules/service-management/utils/subscription-status"
import { changeServiceSubscriptionStatusWorkflow } from "../../../workflows/subscriptions/change-service-subscription-status"
import { refetchServiceSubscription } from "./helpers"
import { AdminServiceSubscriptionAction } from "./validators"

/** POST …/:id/pause|resume|cancel `{ from? }` (default today): the change, then the subscription. */
export async function changeSubscriptionStatus(
  req: AuthenticatedMedusaRequest<AdminServiceSubscriptionAction>,
  res: MedusaResponse,
  action: SubscriptionAction
) {
  await changeServiceSubscriptionStatusWorkflow(req.scope).run({
    input: { id: req.params.id, action, from: req.validatedBody.from ?? new Date() },
  })
  res.json({ service_subscription: await refetchServiceSubscription(req, req.params.id) })
}
