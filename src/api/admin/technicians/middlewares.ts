import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, queryRoute, resourceMiddlewares } from "../../utils/resource-middlewares"
import { technicianQueryConfig } from "./query-config"
import {
  AdminCreateTechnician,
  AdminCreateTechnicianAbsence,
  AdminGetTechnicianAbsencesParams,
  AdminGetTechniciansParams,
  AdminUpdateTechnician,
} from "./validators"

export const adminTechnicianMiddlewares: MiddlewareRoute[] = [
  ...resourceMiddlewares("/admin/technicians", {
    query: technicianQueryConfig,
    list: AdminGetTechniciansParams,
    create: AdminCreateTechnician,
    update: AdminUpdateTechnician,
    remove: true,
  }),
  queryRoute("/admin/technicians/:id/absences", AdminGetTechnicianAbsencesParams),
  bodyRoute("/admin/technicians/:id/absences", AdminCreateTechnicianAbsence),
]
