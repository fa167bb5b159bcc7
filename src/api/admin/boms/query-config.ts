import { queryConfigs } from "../../utils/query-config"

export const defaultAdminBomVersionListFields = [
  "id",
  "bom_id",
  "version",
  "status",
  "valid_from",
  "valid_to",
  "description",
  "approved_at",
  "approved_by",
  "retired_at",
  "metadata",
  "created_at",
  "updated_at",
]

export const defaultAdminBomVersionFields = [
  ...defaultAdminBomVersionListFields,
  "components.id",
  "components.product_variant_id",
  "components.part_number",
  "components.title",
  "components.quantity",
  "components.unit",
  "components.position",
  "components.reference",
  "components.metadata",
]

export const defaultAdminBomListFields = [
  "id",
  "product_id",
  "variant_id",
  "name",
  "description",
  "created_at",
  "updated_at",
  // Read through the read-only links to the product module.
  "product.id",
  "product.title",
  "product.thumbnail",
  "variant.id",
  "variant.title",
  "variant.sku",
  "versions.id",
  "versions.version",
  "versions.status",
  "versions.valid_from",
  "versions.valid_to",
]

export const defaultAdminBomFields = [
  ...defaultAdminBomListFields,
  "metadata",
  "versions.description",
  "versions.approved_at",
  "versions.retired_at",
]

export const bomQueryConfig = queryConfigs(defaultAdminBomFields, { defaultLimit: 20, listFields: defaultAdminBomListFields })
export const bomVersionQueryConfig = queryConfigs(defaultAdminBomVersionFields, { defaultLimit: 50, listFields: defaultAdminBomVersionListFields })
