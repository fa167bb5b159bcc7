import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listDispatchTeamQueryConfig, retrieveDispatchTeamQueryConfig } from "./query-config"
import { AdminCreateDispatchTeam, AdminGetDispatchTeamParams, AdminGetDispatchTeamsParams, AdminUpdateDispatchTeam } from "./validators"

const retrieve = validateAndTransformQuery(AdminGetDispatchTeamParams, retrieveDispatchTeamQueryConfig)

export const adminDispatchTeamMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dispatch-teams",
    middlewares: [validateAndTransformQuery(AdminGetDispatchTeamsParams, listDispatchTeamQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/dispatch-teams", middlewares: [validateAndTransformBody(AdminCreateDispatchTeam), retrieve] },
  { method: ["GET", "DELETE"], matcher: "/admin/dispatch-teams/:id", middlewares: [retrieve] },
  { method: ["POST"], matcher: "/admin/dispatch-teams/:id", middlewares: [validateAndTransformBody(AdminUpdateDispatchTeam), retrieve] },
]
