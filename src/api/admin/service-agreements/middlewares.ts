import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listServiceAgreementQueryConfig, retrieveServiceAgreementQueryConfig } from "./query-config"
import {
  AdminAddServiceAgreementLines,
  AdminCreateServiceAgreement,
  AdminGenerateServiceAgreementOrders,
  AdminGetAgreementOccurrencesParams,
  AdminGetRecurrencePreviewParams,
  AdminGetServiceAgreementParams,
  AdminGetServiceAgreementsParams,
  AdminServiceAgreementAction,
  AdminUpdateServiceAgreement,
  AdminUpdateServiceAgreementLine,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetServiceAgreementParams, retrieveServiceAgreementQueryConfig)
const BASE = "/admin/service-agreements"

export const adminServiceAgreementMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateAndTransformQuery(AdminGetServiceAgreementsParams, listServiceAgreementQueryConfig)] },
  { method: ["POST"], matcher: BASE, middlewares: [validateAndTransformBody(AdminCreateServiceAgreement), retrieve] },
  // Static paths sort before `:id`, so this is not taken for an agreement id.
  { method: ["POST"], matcher: `${BASE}/generate-orders`, middlewares: [validateAndTransformBody(AdminGenerateServiceAgreementOrders)] },
  { method: ["GET"], matcher: `${BASE}/:id`, middlewares: [retrieve] },
  { method: ["POST"], matcher: `${BASE}/:id`, middlewares: [validateAndTransformBody(AdminUpdateServiceAgreement), retrieve] },
  { method: ["POST"], matcher: `${BASE}/:id/lines`, middlewares: [validateAndTransformBody(AdminAddServiceAgreementLines), retrieve] },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/lines/:line_id`,
    middlewares: [validateAndTransformBody(AdminUpdateServiceAgreementLine), retrieve],
  },
  { method: ["DELETE"], matcher: `${BASE}/:id/lines/:line_id`, middlewares: [retrieve] },
  {
    method: ["GET"],
    matcher: `${BASE}/:id/lines/:line_id/occurrences`,
    middlewares: [validateAndTransformQuery(AdminGetAgreementOccurrencesParams, { defaults: [], isList: false })],
  },
  ...["activate", "suspend", "resume", "cancel", "expire"].map(
    (action): MiddlewareRoute => ({
      method: ["POST"],
      matcher: `${BASE}/:id/${action}`,
      middlewares: [validateAndTransformBody(AdminServiceAgreementAction), retrieve],
    })
  ),
  {
    method: ["POST"],
    matcher: `${BASE}/:id/generate-orders`,
    middlewares: [validateAndTransformBody(AdminGenerateServiceAgreementOrders)],
  },  {
    method: ["GET"],
    matcher: `${BASE}/:id/recurrence-preview`,
    middlewares: [validateAndTransformQuery(AdminGetRecurrencePreviewParams, { defaults: [], isList: false })],
  },
]
