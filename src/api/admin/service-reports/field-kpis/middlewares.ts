import { MiddlewareRoute } from "@medusajs/framework/http"
import { queryRoute } from "../../../utils/resource-middlewares"
import { AdminGetFieldKpiReportParams } from "./validators"

export const adminFieldKpiReportMiddlewares: MiddlewareRoute[] = [queryRoute("/admin/service-reports/field-kpis", AdminGetFieldKpiReportParams)]
