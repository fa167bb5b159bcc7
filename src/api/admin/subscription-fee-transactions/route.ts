import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listEntities } from "../../utils/respond"
import { AdminGetFeeTransactionsParams } from "./validators"

/** Fee transactions across subscriptions: by subscription, customer, run, order, status, period. */
export const GET = async (req: AuthenticatedMedusaRequest<AdminGetFeeTransactionsParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listEntities(req, "service_subscription_fee_transaction", req.filterableFields)
  res.json({ subscription_fee_transactions: rows, ...page })
}
