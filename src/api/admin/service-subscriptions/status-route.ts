import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stateConflictMessage } from "../../../modules/service-management/utils/conflicts"
import { changeServiceSubscriptionStatusWorkflow } from "../../../workflows/subscriptions/change-service-subscription-status"
import { answerConflicts } from "../../utils/conflict"
import { retrieveEntity } from "../../utils/respond"
import { refetchServiceSubscription } from "./helpers"
import { AdminServiceSubscriptionAction } from "./validators"
import { SubscriptionAction } from "../../../types/enums"

/**
 * POST …/:id/pause|resume|cancel `{ from?, from_status? }` (from: default today): the change, then
 * the subscription; a lost race (stale `from_status`, the lock not had in time) → 409 naming the status now.
 */
export async function changeSubscriptionStatus(
  req: AuthenticatedMedusaRequest<AdminServiceSubscriptionAction>,
  res: MedusaResponse,
  action: SubscriptionAction
) {
  const id = req.params.id
  const { from, from_status } = req.validatedBody
  const done = await answerConflicts(
    res,
    () => changeServiceSubscriptionStatusWorkflow(req.scope).run({ input: { id, action, from: from ?? new Date(), from_status } }),
    async () => {
      const now = await retrieveEntity(req, "service_subscription", { id }, "Service subscription", ["number", "status"])
      return stateConflictMessage(`Service subscription ${now.number}`, now.status, from_status)
    }
  )
  if (done) {
    res.json({ service_subscription: await refetchServiceSubscription(req, id) })
  }
}
