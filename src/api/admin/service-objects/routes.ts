import { createServiceObjectsWorkflow } from "../../../workflows/service-objects/create-service-objects"
import { deleteServiceObjectsWorkflow } from "../../../workflows/service-objects/delete-service-objects"
import { updateServiceObjectWorkflow } from "../../../workflows/service-objects/update-service-object"
import { catalogRoutes, createOne } from "../../utils/catalog-routes"

export const serviceObjectRoutes = catalogRoutes({
  entity: "service_object",
  single: "service_object",
  plural: "service_objects",
  label: "Service object",
  create: createOne(createServiceObjectsWorkflow, "service_objects"),
  update: updateServiceObjectWorkflow,
  remove: deleteServiceObjectsWorkflow,
})
