import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listServiceStageQueryConfig, retrieveServiceStageQueryConfig } from "./query-config"
import {
  AdminCreateServiceStage,
  AdminCreateStageReason,
  AdminGetServiceStageParams,
  AdminGetServiceStagesParams,
  AdminUpdateServiceStage,
  AdminUpdateStageReason,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetServiceStageParams, retrieveServiceStageQueryConfig)

export const adminServiceStageMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/service-stages",
    middlewares: [validateAndTransformQuery(AdminGetServiceStagesParams, listServiceStageQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-stages",
    middlewares: [validateAndTransformBody(AdminCreateServiceStage), retrieve],
  },
  { method: ["GET"], matcher: "/admin/service-stages/:id", middlewares: [retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/service-stages/:id",
    middlewares: [validateAndTransformBody(AdminUpdateServiceStage), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-stages/:id/reasons",
    middlewares: [validateAndTransformBody(AdminCreateStageReason), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-stages/:id/reasons/:reason_id",
    middlewares: [validateAndTransformBody(AdminUpdateStageReason), retrieve],
  },
  { method: ["DELETE"], matcher: "/admin/service-stages/:id/reasons/:reason_id", middlewares: [retrieve] },
]
