import { MedusaRequest } from "@medusajs/framework/http"
import { serviceEstimateAllowedActions } from "../../../../../modules/service-management/utils/allowed-actions"
import { ServiceEstimateResponse } from "../../../../../types/http"
import { retrieveEntity } from "../../../../utils/respond"
import { loadServiceEstimates } from "../../../../utils/service-estimates"
import { serviceOrderScopeFilter } from "../../../../utils/service-order-scope"

/** The order's estimate versions (the current one first) with what staff may do next. */
export async function serviceEstimateResponse(req: MedusaRequest, id: string): Promise<ServiceEstimateResponse> {
  const order = await retrieveEntity(req, "service_order", { id, ...serviceOrderScopeFilter(req) }, "Service order", [
    "id",
    "number",
    "posted_at",
    "stage.*",
  ])
  const versions = (await loadServiceEstimates(req.scope, [order.id])).get(order.id) ?? []
  const live = versions.find((v) => ["draft", "sent", "accepted"].includes(v.status)) ?? null
  return {
    estimate: live ?? versions[0] ?? null,
    versions,
    allowed_actions: serviceEstimateAllowedActions(order, live),
  }
}
