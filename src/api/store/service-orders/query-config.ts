import { queryConfigs } from "../../utils/query-config"

/**
 * What a customer may read of a service order. `allowed` is a strict allowlist of full paths:
 * Medusa strips anything else from `fields=` (including `*lines`-style relation stars, which is
 * why no bare relation name is listed), and the route builds its answer from these paths only
 * (customer-view.ts), so costs, margins, internal notes and actors cannot be reached.
 * `stage`, `can_cancel`, `visits` and (detail only) `timeline` are computed and always included.
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
  "response_due_at",
  "resolution_due_at",
  "responded_at",
  "resolved_at",
  "stage_changed_at",
  "closed_at",
  "canceled_at",
  "created_at",
  "updated_at",
  "service_object.id",
  "service_object.name",
  "service_object.serial_number",
  "lines.id",
  "lines.type",
  "lines.description",
  "lines.quantity",
  "lines.unit_price",
  "lines.billable",
]

const storeListFields = storeServiceOrderFields.filter((f) => !f.startsWith("lines."))

export const storeServiceOrderQueryConfig = queryConfigs(storeServiceOrderFields, {
  defaultLimit: 20,
  listFields: storeListFields,
  allowed: storeServiceOrderFields,
})
