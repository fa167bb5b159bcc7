import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceReturnWorkflow } from "../../../workflows/service-returns/create-service-return"
import { listEntities, retrieveEntity } from "../../utils/respond"
import { storeServiceReturnFields } from "./query-config"
import { StoreCreateServiceReturn, StoreGetServiceReturnsParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<StoreGetServiceReturnsParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listEntities(req, "service_return", {
    ...req.filterableFields,
    customer_id: req.auth_context.actor_id,
  })
  res.json({ service_returns: rows, ...page })
}

export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateServiceReturn>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { result } = await createServiceReturnWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      channel: "storefront",
      customer_id: customerId,
      actor: { type: "customer", id: customerId },
    },
  })
  const serviceReturn = await retrieveEntity(req, "service_return", { id: result.id, customer_id: customerId }, "Service return", storeServiceReturnFields)
  res.json({ service_return: serviceReturn })
}
