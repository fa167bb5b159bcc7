import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listServiceLevelAgreementQueryConfig, retrieveServiceLevelAgreementQueryConfig } from "./query-config"
import {
  AdminCreateServiceLevelAgreement,
  AdminGetServiceLevelAgreementParams,
  AdminGetServiceLevelAgreementsParams,
  AdminUpdateServiceLevelAgreement,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetServiceLevelAgreementParams, retrieveServiceLevelAgreementQueryConfig)

export const adminServiceLevelAgreementMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/service-level-agreements",
    middlewares: [validateAndTransformQuery(AdminGetServiceLevelAgreementsParams, listServiceLevelAgreementQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-level-agreements",
    middlewares: [validateAndTransformBody(AdminCreateServiceLevelAgreement), retrieve],
  },
  { method: ["GET"], matcher: "/admin/service-level-agreements/:id", middlewares: [retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/service-level-agreements/:id",
    middlewares: [validateAndTransformBody(AdminUpdateServiceLevelAgreement), retrieve],
  },
]
