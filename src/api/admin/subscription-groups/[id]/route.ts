import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteSubscriptionGroupsWorkflow, updateSubscriptionGroupWorkflow } from "../../../../workflows/subscriptions/subscription-groups"
import { retrieveEntity } from "../../../utils/respond"
import { AdminUpdateSubscriptionGroup } from "../validators"

const refetch = (req: AuthenticatedMedusaRequest<any>) =>
  retrieveEntity(req, "service_subscription_group", { id: req.params.id }, "Subscription group")

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ subscription_group: await refetch(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSubscriptionGroup>, res: MedusaResponse) => {
  await refetch(req)
  await updateSubscriptionGroupWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ subscription_group: await refetch(req) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveEntity(req, "service_subscription_group", { id: req.params.id }, "Subscription group", ["id"])
  await deleteSubscriptionGroupsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "subscription_group", deleted: true })
}
