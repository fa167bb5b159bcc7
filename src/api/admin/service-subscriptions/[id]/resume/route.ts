import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSubscriptionStatus } from "../../status-route"
import { AdminServiceSubscriptionAction } from "../../validators"

export const POST = (req: AuthenticatedMedusaRequest<AdminServiceSubscriptionAction>, res: MedusaResponse) =>
  changeSubscriptionStatus(req, res, "resume")
