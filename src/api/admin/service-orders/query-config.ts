export const defaultAdminServiceOrderListFields = [
  "id",
  "display_id",
  "number",
  "title",
  "priority",
  "channel",
  "currency_code",
  "customer_id",
  "service_object_id",
  "revenue_total",
  "cost_total",
  "margin_total",
  "stage_changed_at",
  "created_at",
  "updated_at",
  "stage.id",
  "stage.code",
  "stage.name",
  "stage.color",
  "stage.is_terminal",
  "service_object.id",
  "service_object.name",
  "service_object.serial_number",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.company_name",
]

export const defaultAdminServiceOrderFields = [
  ...defaultAdminServiceOrderListFields,
  "description",
  "internal_note",
  "address",
  "preferred_start",
  "preferred_end",
  "closed_at",
  "canceled_at",
  "created_by",
  "metadata",
  "stage.*",
  "stage.reasons.*",
  "service_object.*",
  "lines.*",
  "stage_transitions.*",
]

export const retrieveServiceOrderQueryConfig = {
  defaults: defaultAdminServiceOrderFields,
  isList: false,
}

export const listServiceOrderQueryConfig = {
  defaults: defaultAdminServiceOrderListFields,
  defaultLimit: 20,
  isList: true,
}
