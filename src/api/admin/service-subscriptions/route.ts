import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceSubscriptionWorkflow } from "../../../workflows/subscriptions/create-service-subscription"
import { listEntities } from "../../utils/respond"
import { flattenCursor } from "../../../modules/service-management/utils/subscription-cursor"
import { refetchServiceSubscription } from "./helpers"
import { AdminCreateServiceSubscription, AdminGetServiceSubscriptionsParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetServiceSubscriptionsParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listEntities(req, "service_subscription", req.filterableFields)
  res.json({ service_subscriptions: rows.map(flattenCursor), ...page })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateServiceSubscription>, res: MedusaResponse) => {
  const { result } = await createServiceSubscriptionWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.json({ service_subscription: await refetchServiceSubscription(req, result.id) })
}
