import { createServiceStagesWorkflow } from "../../../workflows/service-stages/create-service-stages"
import { deleteServiceStagesWorkflow } from "../../../workflows/service-stages/delete-service-stages"
import { updateServiceStageWorkflow } from "../../../workflows/service-stages/update-service-stage"
import { catalogRoutes, createOne } from "../../utils/catalog-routes"

export const serviceStageRoutes = catalogRoutes({
  entity: "service_stage",
  single: "service_stage",
  plural: "service_stages",
  label: "Service stage",
  create: createOne(createServiceStagesWorkflow, "stages"),
  update: updateServiceStageWorkflow,
  remove: deleteServiceStagesWorkflow,
})
