import { resourceMiddlewares } from "../../utils/resource-middlewares"
import { serviceLevelAgreementQueryConfig } from "./query-config"
import {
  AdminCreateServiceLevelAgreement,
  AdminGetServiceLevelAgreementsParams,
  AdminUpdateServiceLevelAgreement,
} from "./validators"

export const adminServiceLevelAgreementMiddlewares = resourceMiddlewares("/admin/service-level-agreements", {
  query: serviceLevelAgreementQueryConfig,
  list: AdminGetServiceLevelAgreementsParams,
  create: AdminCreateServiceLevelAgreement,
  update: AdminUpdateServiceLevelAgreement,
  remove: true,
})
