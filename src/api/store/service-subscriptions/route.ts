import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listEntities } from "../../utils/respond"
import { flattenCursor } from "../../../modules/service-management/utils/subscription-cursor"
import { StoreGetServiceSubscriptionsParams } from "./validators"

/** The customer's own subscriptions; `next_billing_date` is when the next fee falls due (null when none will). */
export const GET = async (req: AuthenticatedMedusaRequest<StoreGetServiceSubscriptionsParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listEntities(req, "service_subscription", {
    ...req.filterableFields,
    customer_id: req.auth_context.actor_id,
  })
  const service_subscriptions = rows.map(flattenCursor).map((s) => ({ ...s, next_billing_date: s.next_due_at ?? null }))
  res.json({ service_subscriptions, ...page })
}
