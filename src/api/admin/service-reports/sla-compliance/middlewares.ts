import { MiddlewareRoute } from "@medusajs/framework/http"
import { queryRoute } from "../../../utils/resource-middlewares"
import { AdminGetSlaComplianceReportParams } from "./validators"

export const adminSlaComplianceReportMiddlewares: MiddlewareRoute[] = [
  queryRoute("/admin/service-reports/sla-compliance", AdminGetSlaComplianceReportParams),
]
