import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute } from "../../../../utils/resource-middlewares"
import { AdminDraftServiceEstimate, AdminSendServiceEstimate } from "./validators"

const BASE = "/admin/service-orders/:id/estimate"

export const adminServiceEstimateMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [] },
  bodyRoute(BASE, AdminDraftServiceEstimate),
  bodyRoute(`${BASE}/send`, AdminSendServiceEstimate),
]
