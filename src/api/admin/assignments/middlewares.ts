import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminCreateAssignment, AdminGetDispatchWindowParams, AdminUpdateAssignment } from "./validators"

const SO = "/admin/service-orders/:id/assignments"

export const adminAssignmentMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: SO, middlewares: [validateAndTransformBody(AdminCreateAssignment)] },
  { method: ["POST"], matcher: `${SO}/:assignment_id`, middlewares: [validateAndTransformBody(AdminUpdateAssignment)] },
  {
    method: ["GET"],
    matcher: "/admin/dispatch-board",
    middlewares: [validateAndTransformQuery(AdminGetDispatchWindowParams, { defaults: [], isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/my-work",
    middlewares: [validateAndTransformQuery(AdminGetDispatchWindowParams, { defaults: [], isList: false })],
  },
]
