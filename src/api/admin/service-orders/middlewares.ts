import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, queryRoute, resourceMiddlewares, retrieveQuery } from "../../utils/resource-middlewares"
import { adminAssignmentMiddlewares } from "./[id]/assignments/middlewares"
import { adminServiceEstimateMiddlewares } from "./[id]/estimate/middlewares"
import { adminRepairLineMiddlewares } from "./[id]/repair-lines/middlewares"
import { serviceOrderQueryConfig } from "./query-config"
import {
  AdminAddServiceOrderLines,
  AdminCreateServiceOrder,
  AdminGetServiceOrderDocumentParams,
  AdminGetServiceOrdersParams,
  AdminPostServiceOrder,
  AdminRecordSlaEvent,
  AdminTransitionServiceOrder,
  AdminUpdateServiceOrder,
  AdminUpdateServiceOrderLine,
} from "./validators"

const BASE = "/admin/service-orders"
// Line, transition and posting routes answer with the order.
const order = retrieveQuery(serviceOrderQueryConfig.retrieve)

export const adminServiceOrderMiddlewares: MiddlewareRoute[] = [
  ...resourceMiddlewares(BASE, {
    query: serviceOrderQueryConfig,
    list: AdminGetServiceOrdersParams,
    create: AdminCreateServiceOrder,
    update: AdminUpdateServiceOrder,
  }),
  bodyRoute(`${BASE}/:id/lines`, AdminAddServiceOrderLines, order),
  bodyRoute(`${BASE}/:id/lines/:line_id`, AdminUpdateServiceOrderLine, order),
  { method: ["DELETE"], matcher: `${BASE}/:id/lines/:line_id`, middlewares: [order] },
  bodyRoute(`${BASE}/:id/transition`, AdminTransitionServiceOrder, order),
  bodyRoute(`${BASE}/:id/post`, AdminPostServiceOrder, order),
  { method: ["GET"], matcher: `${BASE}/:id/sla`, middlewares: [] },
  bodyRoute(`${BASE}/:id/sla`, AdminRecordSlaEvent),
  queryRoute(`${BASE}/:id/work-description`, AdminGetServiceOrderDocumentParams),
  queryRoute(`${BASE}/:id/job-receipt`, AdminGetServiceOrderDocumentParams),
  ...adminAssignmentMiddlewares,
  ...adminRepairLineMiddlewares,
  ...adminServiceEstimateMiddlewares,
]
