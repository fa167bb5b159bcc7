import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { storeListServiceObjectQueryConfig } from "./service-objects/query-config"
import { StoreGetServiceObjectsParams } from "./service-objects/validators"
import { storeListServiceOrderQueryConfig, storeRetrieveServiceOrderQueryConfig } from "./service-orders/query-config"
import { StoreCancelServiceOrder, StoreGetServiceOrderParams, StoreGetServiceOrdersParams } from "./service-orders/validators"
import { StoreCreateServiceRequest } from "./service-requests/validators"
import { storeListServiceSubscriptionQueryConfig } from "./service-subscriptions/query-config"
import { StoreGetServiceSubscriptionsParams } from "./service-subscriptions/validators"
import { storeListServiceReturnQueryConfig, storeRetrieveServiceReturnQueryConfig } from "./service-returns/query-config"
import { StoreCreateServiceReturn, StoreGetServiceReturnParams, StoreGetServiceReturnsParams } from "./service-returns/validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeServiceMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/service-objects",
    middlewares: [customer, validateAndTransformQuery(StoreGetServiceObjectsParams, storeListServiceObjectQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/service-orders",
    middlewares: [customer, validateAndTransformQuery(StoreGetServiceOrdersParams, storeListServiceOrderQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/service-orders/:id",
    middlewares: [customer, validateAndTransformQuery(StoreGetServiceOrderParams, storeRetrieveServiceOrderQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/store/service-orders/:id/cancel",
    middlewares: [customer, validateAndTransformBody(StoreCancelServiceOrder)],
  },
  {
    method: ["GET"],
    matcher: "/store/service-subscriptions",
    middlewares: [customer, validateAndTransformQuery(StoreGetServiceSubscriptionsParams, storeListServiceSubscriptionQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/store/service-requests",
    middlewares: [customer, validateAndTransformBody(StoreCreateServiceRequest)],
  },
]

// Returns for repair (issue 7): a customer's own returns.
storeServiceMiddlewares.push(
  {
    method: ["GET"],
    matcher: "/store/service-returns",
    middlewares: [customer, validateAndTransformQuery(StoreGetServiceReturnsParams, storeListServiceReturnQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/store/service-returns",
    middlewares: [
      customer,
      validateAndTransformBody(StoreCreateServiceReturn),
      validateAndTransformQuery(StoreGetServiceReturnParams, storeRetrieveServiceReturnQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/service-returns/:id",
    middlewares: [customer, validateAndTransformQuery(StoreGetServiceReturnParams, storeRetrieveServiceReturnQueryConfig)],
  }
)
