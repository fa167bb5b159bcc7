import { queryConfigs } from "../../utils/query-config"

export const storeServiceObjectFields = [
  "id",
  "name",
  "serial_number",
  "product_variant_id",
  "order_id",
  "warranty_end",
  "installed_at",
  "address",
  "created_at",
  "product_variant.id",
  "product_variant.title",
  "product_variant.product.title",
  "product_variant.product.thumbnail",
]

// Full paths only: a bare relation name would let `*relation` pull every field of it.
export const storeListServiceObjectQueryConfig = queryConfigs(storeServiceObjectFields, { defaultLimit: 20, allowed: storeServiceObjectFields }).list
