import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runSubscriptionBillingWorkflow } from "../../../workflows/subscription-billing/run-subscription-billing"
import { listEntities, retrieveEntity } from "../../utils/respond"
import { AdminCreateBillingRun, AdminGetBillingRunsParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetBillingRunsParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listEntities(req, "service_billing_run", req.filterableFields)
  res.json({ subscription_billing_runs: rows, ...page })
}

/** Runs billing up to `as_of` (default now) and answers with the finished run. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBillingRun>, res: MedusaResponse) => {
  const { result } = await runSubscriptionBillingWorkflow(req.scope).run({
    input: { as_of: req.validatedBody.as_of ?? new Date(), triggered_by: req.auth_context.actor_id },
  })
  res.json({ subscription_billing_run: await retrieveEntity(req, "service_billing_run", { id: result.id }, "Billing run") })
}
