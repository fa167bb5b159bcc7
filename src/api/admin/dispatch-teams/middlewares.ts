import { resourceMiddlewares } from "../../utils/resource-middlewares"
import { dispatchTeamQueryConfig } from "./query-config"
import { AdminCreateDispatchTeam, AdminGetDispatchTeamsParams, AdminUpdateDispatchTeam } from "./validators"

export const adminDispatchTeamMiddlewares = resourceMiddlewares("/admin/dispatch-teams", {
  query: dispatchTeamQueryConfig,
  list: AdminGetDispatchTeamsParams,
  create: AdminCreateDispatchTeam,
  update: AdminUpdateDispatchTeam,
  remove: true,
})
