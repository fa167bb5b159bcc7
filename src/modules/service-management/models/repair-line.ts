import { model } from "@medusajs/framework/utils"
import { BomComponent } from "./bom-component"
import { RepairCode } from "./repair-code"
import { ServiceObject } from "./service-object"
import { ServiceOrder } from "./service-order"
import { Technician } from "./technician"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"
import { REPAIR_LINE_STATUSES } from "../../../types/enums"

/** The kind of repair code each code column takes (its relation is the column without `_id`). */
export const REPAIR_LINE_CODE_FIELDS = {
  symptom_area_id: "symptom_area",
  symptom_code_id: "symptom",
  diagnosis_area_id: "diagnosis_area",
  diagnosis_code_id: "diagnosis",
  resolution_code_id: "resolution",
  condition_code_id: "condition",
} as const

/**
 * One repair on a service order: which object, what the customer saw (symptom), what the
 * technician found (diagnosis), what was done (resolution), the object's condition, and the BOM
 * component concerned, which must belong to the object's BOM version.
 */
export const RepairLine = model
  .define("service_repair_line", {
    id: model.id({ prefix: "srln" }).primaryKey(),
    status: model.enum([...REPAIR_LINE_STATUSES]).default("open"),
    notes: model.text().nullable(),
    // Copied from the object when the line is written, so statistics per product and BOM version
    // keep counting the version the repair was made on after the object moves to a newer one.
    bom_version_id: model.text().nullable(),
    product_id: model.text().nullable(),
    diagnosed_at: model.dateTime().nullable(),
    repaired_at: model.dateTime().nullable(),
    verified_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
    metadata: model.json().nullable(),
    service_order: model.belongsTo(() => ServiceOrder, { mappedBy: "repair_lines" }),
    service_object: model.belongsTo(() => ServiceObject, { mappedBy: "repair_lines" }),
    symptom_area: model.belongsTo(() => RepairCode, { mappedBy: "symptom_area_lines" }).nullable(),
    symptom_code: model.belongsTo(() => RepairCode, { mappedBy: "symptom_lines" }).nullable(),
    diagnosis_area: model.belongsTo(() => RepairCode, { mappedBy: "diagnosis_area_lines" }).nullable(),
    diagnosis_code: model.belongsTo(() => RepairCode, { mappedBy: "diagnosis_lines" }).nullable(),
    resolution_code: model.belongsTo(() => RepairCode, { mappedBy: "resolution_lines" }).nullable(),
    condition_code: model.belongsTo(() => RepairCode, { mappedBy: "condition_lines" }).nullable(),
    bom_component: model.belongsTo(() => BomComponent, { mappedBy: "repair_lines" }).nullable(),
    // Who diagnosed and repaired: a technician of the dispatch tables.
    technician: model.belongsTo(() => Technician, { mappedBy: "repair_lines" }).nullable(),
  })
  .checks([maxLengthCheck("service_repair_line", "notes", INPUT_LIMITS.longText)])
  .indexes([
    { on: ["service_order_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["service_object_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["product_id"], where: "deleted_at IS NULL AND product_id IS NOT NULL" },
    { on: ["bom_version_id"], where: "deleted_at IS NULL AND bom_version_id IS NOT NULL" },
  ])
