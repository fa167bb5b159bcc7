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


export const storeListServiceObjectQueryConfig = {
  defaults: storeServiceObjectFields,
  // Full paths only: a bare relation name would let `*product_variant` pull every field of it.
  allowed: storeServiceObjectFields,
  defaultLimit: 20,
  isList: true,
}
