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

const allowed = [...storeServiceObjectFields, "product_variant", "product_variant.product"]

export const storeListServiceObjectQueryConfig = {
  defaults: storeServiceObjectFields,
  allowed,
  defaultLimit: 20,
  isList: true,
}
