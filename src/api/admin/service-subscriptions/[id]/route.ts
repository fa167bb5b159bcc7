import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateServiceSubscriptionWorkflow } from "../../../../workflows/subscriptions/update-service-subscription"
import { refetchServiceSubscription } from "../helpers"
import { AdminUpdateServiceSubscription } from "../validators"
import { withServiceSubscriptionActions } from "../../../utils/allowed-actions"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const subscription = await refetchServiceSubscription(req, req.params.id)
  res.json({ service_subscription: await withServiceSubscriptionActions(req, req.params.id, subscription) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateServiceSubscription>, res: MedusaResponse) => {
  await updateServiceSubscriptionWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ service_subscription: await refetchServiceSubscription(req, req.params.id) })
}
