import { resourceMiddlewares } from "../../utils/resource-middlewares"
import { serviceTaskQueryConfig } from "./query-config"
import { AdminCreateServiceTask, AdminGetServiceTasksParams, AdminUpdateServiceTask } from "./validators"

export const adminServiceTaskMiddlewares = resourceMiddlewares("/admin/service-tasks", {
  query: serviceTaskQueryConfig,
  list: AdminGetServiceTasksParams,
  create: AdminCreateServiceTask,
  update: AdminUpdateServiceTask,
  remove: true,
})
