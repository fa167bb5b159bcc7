import { createDispatchTeamWorkflow, deleteDispatchTeamsWorkflow, updateDispatchTeamWorkflow } from "../../../workflows/dispatch/dispatch-catalog"
import { catalogRoutes } from "../../utils/catalog-routes"

export const dispatchTeamRoutes = catalogRoutes({
  entity: "service_dispatch_team",
  single: "dispatch_team",
  plural: "dispatch_teams",
  label: "Dispatch team",
  create: createDispatchTeamWorkflow,
  update: updateDispatchTeamWorkflow,
  remove: deleteDispatchTeamsWorkflow,
})
