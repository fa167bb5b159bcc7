import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listServiceOrderQueryConfig, retrieveServiceOrderQueryConfig } from "./query-config"
import {
  AdminAddServiceOrderLines,
  AdminCreateServiceOrder,
  AdminGetServiceOrderParams,
  AdminGetServiceOrdersParams,
  AdminPostServiceOrder,
  AdminRecordSlaEvent,
  AdminTransitionServiceOrder,
  AdminUpdateServiceOrder,
  AdminUpdateServiceOrderLine,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetServiceOrderParams, retrieveServiceOrderQueryConfig)

export const adminServiceOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/service-orders",
    middlewares: [validateAndTransformQuery(AdminGetServiceOrdersParams, listServiceOrderQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-orders",
    middlewares: [validateAndTransformBody(AdminCreateServiceOrder), retrieve],
  },
  { method: ["GET"], matcher: "/admin/service-orders/:id", middlewares: [retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/service-orders/:id",
    middlewares: [validateAndTransformBody(AdminUpdateServiceOrder), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-orders/:id/lines",
    middlewares: [validateAndTransformBody(AdminAddServiceOrderLines), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-orders/:id/lines/:line_id",
    middlewares: [validateAndTransformBody(AdminUpdateServiceOrderLine), retrieve],
  },
  { method: ["DELETE"], matcher: "/admin/service-orders/:id/lines/:line_id", middlewares: [retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/service-orders/:id/transition",
    middlewares: [validateAndTransformBody(AdminTransitionServiceOrder), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-orders/:id/post",
    middlewares: [validateAndTransformBody(AdminPostServiceOrder), retrieve],
  },
  { method: ["GET"], matcher: "/admin/service-orders/:id/sla", middlewares: [] },
  { method: ["POST"], matcher: "/admin/service-orders/:id/sla", middlewares: [validateAndTransformBody(AdminRecordSlaEvent)] },
]
