import {
  createServiceTasksWorkflow,
  deleteServiceTasksWorkflow,
  updateServiceTaskWorkflow,
} from "../../../workflows/service-tasks/service-tasks"
import { catalogRoutes, createOne } from "../../utils/catalog-routes"

export const serviceTaskRoutes = catalogRoutes({
  entity: "service_task",
  single: "service_task",
  plural: "service_tasks",
  label: "Service task",
  create: createOne(createServiceTasksWorkflow, "service_tasks"),
  update: updateServiceTaskWorkflow,
  remove: deleteServiceTasksWorkflow,
})
