import { createWarrantyTermWorkflow, deleteWarrantyTermsWorkflow, updateWarrantyTermWorkflow } from "../../../workflows/warranty-terms/warranty-terms"
import { catalogRoutes } from "../../utils/catalog-routes"

export const warrantyTermRoutes = catalogRoutes({
  entity: "service_warranty_term",
  single: "warranty_term",
  plural: "warranty_terms",
  label: "Warranty term",
  create: createWarrantyTermWorkflow,
  update: updateWarrantyTermWorkflow,
  remove: deleteWarrantyTermsWorkflow,
})
