import { MiddlewareRoute } from "@medusajs/framework/http"
import { SERVICE_AGREEMENT_ACTIONS } from "../../../types/enums"
import { bodyRoute, queryRoute, resourceMiddlewares, retrieveQuery } from "../../utils/resource-middlewares"
import { serviceAgreementQueryConfig } from "./query-config"
import {
  AdminAddServiceAgreementLines,
  AdminCreateServiceAgreement,
  AdminGenerateServiceAgreementOrders,
  AdminGetAgreementOccurrencesParams,
  AdminGetRecurrencePreviewParams,
  AdminGetServiceAgreementsParams,
  AdminServiceAgreementAction,
  AdminUpdateServiceAgreement,
  AdminUpdateServiceAgreementLine,
} from "./validators"

const BASE = "/admin/service-agreements"
// Line and action routes answer with the agreement.
const agreement = retrieveQuery(serviceAgreementQueryConfig.retrieve)

export const adminServiceAgreementMiddlewares: MiddlewareRoute[] = [
  ...resourceMiddlewares(BASE, {
    query: serviceAgreementQueryConfig,
    list: AdminGetServiceAgreementsParams,
    create: AdminCreateServiceAgreement,
    update: AdminUpdateServiceAgreement,
    remove: true,
  }),
  // Static paths sort before `:id`, so this is not taken for an agreement id.
  bodyRoute(`${BASE}/generate-orders`, AdminGenerateServiceAgreementOrders),
  bodyRoute(`${BASE}/:id/lines`, AdminAddServiceAgreementLines, agreement),
  bodyRoute(`${BASE}/:id/lines/:line_id`, AdminUpdateServiceAgreementLine, agreement),
  { method: ["DELETE"], matcher: `${BASE}/:id/lines/:line_id`, middlewares: [agreement] },
  queryRoute(`${BASE}/:id/lines/:line_id/occurrences`, AdminGetAgreementOccurrencesParams),
  ...SERVICE_AGREEMENT_ACTIONS.map((action) => bodyRoute(`${BASE}/:id/${action}`, AdminServiceAgreementAction, agreement)),
  bodyRoute(`${BASE}/:id/generate-orders`, AdminGenerateServiceAgreementOrders),
  queryRoute(`${BASE}/:id/recurrence-preview`, AdminGetRecurrencePreviewParams),
]
