import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, resourceMiddlewares, retrieveQuery } from "../../utils/resource-middlewares"
import { serviceStageQueryConfig } from "./query-config"
import {
  AdminCreateServiceStage,
  AdminCreateStageReason,
  AdminGetServiceStagesParams,
  AdminUpdateServiceStage,
  AdminUpdateStageReason,
} from "./validators"

const BASE = "/admin/service-stages"
// Reason routes answer with their stage.
const stage = retrieveQuery(serviceStageQueryConfig.retrieve)

export const adminServiceStageMiddlewares: MiddlewareRoute[] = [
  ...resourceMiddlewares(BASE, {
    query: serviceStageQueryConfig,
    list: AdminGetServiceStagesParams,
    create: AdminCreateServiceStage,
    update: AdminUpdateServiceStage,
    remove: true,
  }),
  bodyRoute(`${BASE}/:id/reasons`, AdminCreateStageReason, stage),
  bodyRoute(`${BASE}/:id/reasons/:reason_id`, AdminUpdateStageReason, stage),
  { method: ["DELETE"], matcher: `${BASE}/:id/reasons/:reason_id`, middlewares: [stage] },
]
