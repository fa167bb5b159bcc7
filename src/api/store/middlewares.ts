import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, queryRoute, retrieveQuery } from "../utils/resource-middlewares"
import { storeListServiceObjectQueryConfig } from "./service-objects/query-config"
import { StoreGetServiceObjectsParams } from "./service-objects/validators"
import { AdminGetServiceObjectEntitlementParams, AdminGetServiceObjectTimelineParams } from "../admin/service-objects/validators"
import { storeServiceOrderQueryConfig } from "./service-orders/query-config"
import {
  StoreAnswerServiceEstimate,
  StoreCancelServiceOrder,
  StoreGetServiceOrderDocumentParams,
  StoreGetServiceOrdersParams,
} from "./service-orders/validators"
import { StoreCreateServiceRequest } from "./service-requests/validators"
import { storeListServiceSubscriptionQueryConfig } from "./service-subscriptions/query-config"
import { StoreGetServiceSubscriptionsParams } from "./service-subscriptions/validators"
import { withSubscriptionCursor } from "../utils/subscription-cursor"
import { storeServiceReturnQueryConfig } from "./service-returns/query-config"
import { StoreCreateServiceReturn, StoreGetServiceReturnsParams } from "./service-returns/validators"

const customer = authenticate("customer", ["session", "bearer"])
/** Every store route of the plugin is a signed-in customer's own data. */
const forCustomer = (route: MiddlewareRoute): MiddlewareRoute => ({ ...route, middlewares: [customer, ...(route.middlewares ?? [])] })
const orderDetail = retrieveQuery(storeServiceOrderQueryConfig.retrieve)
const returnDetail = retrieveQuery(storeServiceReturnQueryConfig.retrieve)

export const storeServiceMiddlewares: MiddlewareRoute[] = [
  queryRoute("/store/service-objects", StoreGetServiceObjectsParams, storeListServiceObjectQueryConfig),
  queryRoute("/store/service-objects/:id/entitlement", AdminGetServiceObjectEntitlementParams),
  queryRoute("/store/service-objects/:id/timeline", AdminGetServiceObjectTimelineParams),
  queryRoute("/store/service-orders", StoreGetServiceOrdersParams, storeServiceOrderQueryConfig.list),
  { method: ["GET"], matcher: "/store/service-orders/:id", middlewares: [orderDetail] },
  bodyRoute("/store/service-orders/:id/cancel", StoreCancelServiceOrder),
  bodyRoute("/store/service-orders/:id/estimate/accept", StoreAnswerServiceEstimate),
  bodyRoute("/store/service-orders/:id/estimate/decline", StoreAnswerServiceEstimate),
  queryRoute("/store/service-orders/:id/job-receipt", StoreGetServiceOrderDocumentParams),
  withSubscriptionCursor(queryRoute("/store/service-subscriptions", StoreGetServiceSubscriptionsParams, storeListServiceSubscriptionQueryConfig)),
  bodyRoute("/store/service-requests", StoreCreateServiceRequest),
  // Returns for repair (issue 7): a customer's own returns.
  queryRoute("/store/service-returns", StoreGetServiceReturnsParams, storeServiceReturnQueryConfig.list),
  bodyRoute("/store/service-returns", StoreCreateServiceReturn, returnDetail),
  { method: ["GET"], matcher: "/store/service-returns/:id", middlewares: [returnDetail] },
].map(forCustomer)
