import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createSubscriptionGroupWorkflow } from "../../../workflows/subscriptions/subscription-groups"
import { listEntities, retrieveEntity } from "../../utils/respond"
import { AdminCreateSubscriptionGroup, AdminGetSubscriptionGroupsParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetSubscriptionGroupsParams>, res: MedusaResponse) => {
  const { rows, count, offset, limit } = await listEntities(req, "service_subscription_group", req.filterableFields)
  res.json({ subscription_groups: rows, count, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateSubscriptionGroup>, res: MedusaResponse) => {
  const { result } = await createSubscriptionGroupWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ subscription_group: await retrieveEntity(req, "service_subscription_group", { id: result.id }, "Subscription group") })
}
