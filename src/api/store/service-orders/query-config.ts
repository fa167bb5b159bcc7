/**
 * What a customer may read of a service order. `allowed` is a strict allowlist: `fields=` cannot
 * reach costs, margins, internal notes, or other customers through relations.
 */
export const storeServiceOrderFields = [
  "id",
  "number",
  "title",
  "description",
  "priority",
  "channel",
  "currency_code",
  "address",
  "preferred_start",
  "preferred_end",
  "stage_changed_at",
  "closed_at",
  "canceled_at",
  "created_at",
  "updated_at",
  "stage.code",
  "stage.name",
  "stage.color",
  "stage.is_terminal",
  "stage.allow_customer_cancel",
  "service_object.id",
  "service_object.name",
  "service_object.serial_number",
  "lines.id",
  "lines.type",
  "lines.description",
  "lines.quantity",
  "lines.unit_price",
  "lines.billable",
  "stage_transitions.from_stage_code",
  "stage_transitions.to_stage_code",
  "stage_transitions.created_at",
]

const storeListFields = storeServiceOrderFields.filter(
  (f) => !f.startsWith("lines.") && !f.startsWith("stage_transitions.")
)

// Relations must be allowed by name too, or the allowlist drops them.
const allowed = [...storeServiceOrderFields, "stage", "service_object", "lines", "stage_transitions"]

export const storeRetrieveServiceOrderQueryConfig = { defaults: storeServiceOrderFields, allowed, isList: false }
export const storeListServiceOrderQueryConfig = { defaults: storeListFields, allowed, defaultLimit: 20, isList: true }
