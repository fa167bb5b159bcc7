import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute } from "../../../../utils/resource-middlewares"
import { AdminCreateAssignment, AdminUpdateAssignment } from "./validators"

const ASSIGNMENTS = "/admin/service-orders/:id/assignments"

/** The technician assignments of a service order. */
export const adminAssignmentMiddlewares: MiddlewareRoute[] = [
  bodyRoute(ASSIGNMENTS, AdminCreateAssignment),
  bodyRoute(`${ASSIGNMENTS}/:assignment_id`, AdminUpdateAssignment),
]
