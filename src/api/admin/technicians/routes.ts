import { createTechnicianWorkflow, deleteTechniciansWorkflow, updateTechnicianWorkflow } from "../../../workflows/dispatch/dispatch-catalog"
import { catalogRoutes } from "../../utils/catalog-routes"

export const technicianRoutes = catalogRoutes({
  entity: "service_technician",
  single: "technician",
  plural: "technicians",
  label: "Technician",
  create: createTechnicianWorkflow,
  update: updateTechnicianWorkflow,
  remove: deleteTechniciansWorkflow,
})
