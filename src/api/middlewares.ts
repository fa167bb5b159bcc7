import { defineMiddlewares } from "@medusajs/framework/http"
import { unavailableErrorHandler } from "./utils/unavailable"
import { adminDispatchBoardMiddlewares } from "./admin/dispatch-board/middlewares"
import { adminDispatchTeamMiddlewares } from "./admin/dispatch-teams/middlewares"
import { adminSkillMiddlewares } from "./admin/skills/middlewares"
import { adminTechnicianMiddlewares } from "./admin/technicians/middlewares"
import { adminServiceAgreementMiddlewares } from "./admin/service-agreements/middlewares"
import { adminServiceLevelAgreementMiddlewares } from "./admin/service-level-agreements/middlewares"
import { adminServiceObjectMiddlewares } from "./admin/service-objects/middlewares"
import { adminServiceOrderMiddlewares } from "./admin/service-orders/middlewares"
import { adminServiceStageMiddlewares } from "./admin/service-stages/middlewares"
import { adminServiceTaskMiddlewares } from "./admin/service-tasks/middlewares"
import { storeServiceMiddlewares } from "./store/middlewares"
import { adminRepairCodeMiddlewares } from "./admin/repair-codes/middlewares"
import { adminBomMiddlewares } from "./admin/boms/middlewares"
import { adminRepairStatisticsMiddlewares } from "./admin/repair-statistics/middlewares"
import { adminFieldKpiReportMiddlewares } from "./admin/service-reports/field-kpis/middlewares"
import { adminOrderMarginReportMiddlewares } from "./admin/service-reports/order-margin/middlewares"
import { adminSlaComplianceReportMiddlewares } from "./admin/service-reports/sla-compliance/middlewares"
import { adminSubscriptionFeeTransactionReportMiddlewares } from "./admin/service-reports/subscription-fee-transactions/middlewares"
import { adminSubscriptionTransactionReportMiddlewares } from "./admin/service-reports/subscription-transactions/middlewares"
import { adminSubscriptionGroupMiddlewares } from "./admin/subscription-groups/middlewares"
import { adminBillingRunMiddlewares } from "./admin/subscription-billing-runs/middlewares"
import { adminFeeTransactionMiddlewares } from "./admin/subscription-fee-transactions/middlewares"
import { adminServiceSubscriptionMiddlewares } from "./admin/service-subscriptions/middlewares"
import { adminServiceRoleMiddlewares } from "./admin/service-roles/middlewares"
import { serviceRoleGuardMiddlewares } from "./utils/service-roles"
import { inputGuardMiddlewares } from "./utils/input-guard"
import { coreRouteGuardMiddlewares } from "./utils/core-route-guard"
import { adminServiceReturnMiddlewares } from "./admin/service-returns/middlewares"
import { adminWarrantyTermMiddlewares } from "./admin/warranty-terms/middlewares"

export default defineMiddlewares({
  // A database or Redis outage answers 503 (not 500) on every route, the host's included.
  errorHandler: unavailableErrorHandler(),
  routes: [
    // Control characters in path ids and NUL anywhere: a 400 before any plugin middleware runs.
    ...inputGuardMiddlewares,
    ...adminServiceObjectMiddlewares,
    ...adminServiceOrderMiddlewares,
    ...adminServiceStageMiddlewares,
    ...adminServiceTaskMiddlewares,
    ...adminServiceLevelAgreementMiddlewares,
    ...adminServiceAgreementMiddlewares,
    ...storeServiceMiddlewares,
    ...adminRepairCodeMiddlewares,
    ...adminBomMiddlewares,
    ...adminRepairStatisticsMiddlewares,
    ...adminOrderMarginReportMiddlewares,
    ...adminSubscriptionTransactionReportMiddlewares,
    ...adminSubscriptionFeeTransactionReportMiddlewares,
    ...adminSlaComplianceReportMiddlewares,
    ...adminFieldKpiReportMiddlewares,
    ...adminServiceSubscriptionMiddlewares,
    ...adminSubscriptionGroupMiddlewares,
    ...adminBillingRunMiddlewares,
    ...adminFeeTransactionMiddlewares,
    ...adminWarrantyTermMiddlewares,
    // Service roles: the guard runs before every plugin admin route (global middlewares sort first).
    ...serviceRoleGuardMiddlewares,
    // …and Medusa's own admin routes hold for restricted roles too (an allowlist per role).
    ...coreRouteGuardMiddlewares,
    ...adminServiceRoleMiddlewares,
    ...adminSkillMiddlewares,
    ...adminDispatchTeamMiddlewares,
    ...adminTechnicianMiddlewares,
    ...adminDispatchBoardMiddlewares,
    ...adminServiceReturnMiddlewares,
  ],
})
