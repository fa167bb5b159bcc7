import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceOrderWorkflow } from "../../../workflows/service-orders/create-service-order"
import { retrieveEntity } from "../../utils/respond"
import { storeServiceOrderFields } from "../service-orders/query-config"
import { StoreCreateServiceRequest } from "./validators"

export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateServiceRequest>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  // The ownership guard: another customer's object is reported as missing.
  await retrieveEntity(
    req,
    "service_object",
    { id: req.validatedBody.service_object_id, customer_id: customerId },
    "Service object",
    ["id"]
  )
  const { result } = await createServiceOrderWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      customer_id: customerId,
      channel: "storefront",
      actor: { type: "customer", id: customerId },
    },
  })
  const service_order = await retrieveEntity(
    req,
    "service_order",
    { id: result.id, customer_id: customerId },
    "Service order",
    storeServiceOrderFields
  )
  res.status(201).json({ service_order })
}
