export const defaultAdminServiceObjectListFields = [
  "id",
  "name",
  "customer_id",
  "product_variant_id",
  "order_id",
  "order_line_item_id",
  "serial_number",
  "warranty_end",
  "installed_at",
  "parent_id",
  "created_at",
  "updated_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.company_name",
  "product_variant.id",
  "product_variant.title",
  "product_variant.sku",
  "product_variant.product.id",
  "product_variant.product.title",
]

export const defaultAdminServiceObjectFields = [
  ...defaultAdminServiceObjectListFields,
  "address",
  "metadata",
  "service_orders.id",
  "service_orders.number",
  "service_orders.title",
  "service_orders.priority",
  "service_orders.created_at",
  "service_orders.stage.code",
  "service_orders.stage.name",
  "service_orders.stage.color",
  "service_orders.stage.is_terminal",
]

export const retrieveServiceObjectQueryConfig = { defaults: defaultAdminServiceObjectFields, isList: false }
export const listServiceObjectQueryConfig = {
  defaults: defaultAdminServiceObjectListFields,
  defaultLimit: 20,
  isList: true,
}
