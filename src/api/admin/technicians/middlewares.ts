import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listTechnicianQueryConfig, retrieveTechnicianQueryConfig } from "./query-config"
import {
  AdminCreateTechnician,
  AdminCreateTechnicianAbsence,
  AdminGetTechnicianAbsencesParams,
  AdminGetTechnicianParams,
  AdminGetTechniciansParams,
  AdminUpdateTechnician,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetTechnicianParams, retrieveTechnicianQueryConfig)

export const adminTechnicianMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/technicians",
    middlewares: [validateAndTransformQuery(AdminGetTechniciansParams, listTechnicianQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/technicians", middlewares: [validateAndTransformBody(AdminCreateTechnician), retrieve] },
  { method: ["GET", "DELETE"], matcher: "/admin/technicians/:id", middlewares: [retrieve] },
  { method: ["POST"], matcher: "/admin/technicians/:id", middlewares: [validateAndTransformBody(AdminUpdateTechnician), retrieve] },
  {
    method: ["GET"],
    matcher: "/admin/technicians/:id/absences",
    middlewares: [validateAndTransformQuery(AdminGetTechnicianAbsencesParams, { defaults: [], isList: false })],
  },
  { method: ["POST"], matcher: "/admin/technicians/:id/absences", middlewares: [validateAndTransformBody(AdminCreateTechnicianAbsence)] },
]
