import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceOrderWorkflow } from "../../../workflows/service-orders/create-service-order"
import { serviceOrderAllowedActions, ServiceOrderRuleView } from "../../../modules/service-management/utils/allowed-actions"
import { selectFields } from "../../utils/select-fields"
import { refetchServiceOrder } from "./helpers"
import { listServiceOrders } from "./list"
import { AdminCreateServiceOrder, AdminGetServiceOrdersParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetServiceOrdersParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listServiceOrders(req)
  res.json({ service_orders: rows, ...page })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateServiceOrder>, res: MedusaResponse) => {
  const { result } = await createServiceOrderWorkflow(req.scope).run({
    input: { ...req.validatedBody, channel: "admin", actor: { type: "user", id: req.auth_context.actor_id } },
  })
  // The workflow answers the order as a read would (every column, what it names), so the detail
  // fields need no second read; other `fields` are read. Actions as the detail answers them.
  const asked = (req.validatedQuery as { fields?: string } | undefined)?.fields
  const order = (!asked && selectFields(result, req.queryConfig.fields)) || (await refetchServiceOrder(req, result.id))
  const actions = serviceOrderAllowedActions(result as unknown as ServiceOrderRuleView)
  res.status(200).json({ service_order: { ...order, allowed_actions: actions } })
}
