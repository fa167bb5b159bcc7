import { queryConfigs } from "../../utils/query-config"

export const defaultAdminWarrantyTermFields = [
  "id",
  "product_id",
  "variant_id",
  "duration_months",
  "start_basis",
  "parts_coverage_percent",
  "labour_coverage_percent",
  "remedies",
  "transferable",
  "metadata",
  "created_at",
  "updated_at",
]

export const warrantyTermQueryConfig = queryConfigs(defaultAdminWarrantyTermFields, { defaultLimit: 50 })
