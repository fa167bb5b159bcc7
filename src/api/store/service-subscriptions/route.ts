import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listEntities } from "../../utils/respond"
import { StoreGetServiceSubscriptionsParams } from "./validators"

/** The customer's own subscriptions; `next_billing_date` is when the next fee falls due (null when none will). */
export const GET = async (req: AuthenticatedMedusaRequest<StoreGetServiceSubscriptionsParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listEntities(req, "service_subscription", {
    ...req.filterableFields,
    customer_id: req.auth_context.actor_id,
  })
  const service_subscriptions = rows.map((s: { next_due_at?: Date | string | null }) => ({ ...s, next_billing_date: s.next_due_at ?? null }))
  res.json({ service_subscriptions, ...page })
}
