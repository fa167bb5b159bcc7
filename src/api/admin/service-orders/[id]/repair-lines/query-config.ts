import { queryConfigs } from "../../../../utils/query-config"
import { REPAIR_LINE_CODE_FIELDS } from "../../../../../modules/service-management/models/repair-line"

/** Each code column with the code's id, code and label through its relation. */
const CODE_FIELDS = Object.keys(REPAIR_LINE_CODE_FIELDS).flatMap((column) => {
  const relation = column.replace(/_id$/, "")
  return [column, `${relation}.id`, `${relation}.code`, `${relation}.label`]
})

export const defaultAdminRepairLineFields = [
  "id",
  "status",
  "service_order_id",
  "service_object_id",
  "bom_component_id",
  "bom_version_id",
  "product_id",
  "technician_id",
  "notes",
  "diagnosed_at",
  "repaired_at",
  "verified_at",
  "created_by",
  "metadata",
  "created_at",
  "updated_at",
  ...CODE_FIELDS,
  "bom_component.id",
  "bom_component.title",
  "bom_component.part_number",
  "bom_component.product_variant_id",
  "bom_component.reference",
  "bom_component.position",
  "service_object.id",
  "service_object.name",
  "service_object.serial_number",
  "technician.id",
  "technician.first_name",
  "technician.last_name",
]

/** An object's repair history also shows the order each repair was made on. */
export const defaultAdminRepairHistoryFields = [
  ...defaultAdminRepairLineFields,
  "service_order.id",
  "service_order.number",
  "service_order.title",
  "service_order.created_at",
  "service_order.stage.code",
  "service_order.stage.name",
]

export const repairLineQueryConfig = queryConfigs(defaultAdminRepairLineFields, { defaultLimit: 50 })
export const listRepairHistoryQueryConfig = queryConfigs(defaultAdminRepairHistoryFields, { defaultLimit: 50 }).list
