import { resourceMiddlewares } from "../../utils/resource-middlewares"
import { warrantyTermQueryConfig } from "./query-config"
import { AdminCreateWarrantyTerm, AdminGetWarrantyTermsParams, AdminUpdateWarrantyTerm } from "./validators"

export const adminWarrantyTermMiddlewares = resourceMiddlewares("/admin/warranty-terms", {
  query: warrantyTermQueryConfig,
  list: AdminGetWarrantyTermsParams,
  create: AdminCreateWarrantyTerm,
  update: AdminUpdateWarrantyTerm,
  remove: true,
})
