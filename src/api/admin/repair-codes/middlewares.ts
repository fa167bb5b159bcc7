import { resourceMiddlewares } from "../../utils/resource-middlewares"
import { repairCodeQueryConfig } from "./query-config"
import { AdminCreateRepairCode, AdminGetRepairCodesParams, AdminUpdateRepairCode } from "./validators"

export const adminRepairCodeMiddlewares = resourceMiddlewares("/admin/repair-codes", {
  query: repairCodeQueryConfig,
  list: AdminGetRepairCodesParams,
  create: AdminCreateRepairCode,
  update: AdminUpdateRepairCode,
  remove: true,
})
