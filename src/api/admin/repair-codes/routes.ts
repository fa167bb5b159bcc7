import { createRepairCodesWorkflow, deleteRepairCodesWorkflow, updateRepairCodeWorkflow } from "../../../workflows/repairs/repair-codes"
import { catalogRoutes, createOne } from "../../utils/catalog-routes"

export const repairCodeRoutes = catalogRoutes({
  entity: "service_repair_code",
  single: "repair_code",
  plural: "repair_codes",
  label: "Repair code",
  create: createOne(createRepairCodesWorkflow, "repair_codes"),
  update: updateRepairCodeWorkflow,
  remove: deleteRepairCodesWorkflow,
})
