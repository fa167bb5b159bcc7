import { model } from "@medusajs/framework/utils"
import { RepairLine } from "./repair-line"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"
import { REPAIR_CODE_KINDS, RepairCodeKind } from "../../../types/enums"

/** The area kind a code of `kind` belongs to (symptom codes sit in a symptom area, …). */
export const REPAIR_CODE_PARENT_KIND: Partial<Record<RepairCodeKind, RepairCodeKind>> = {
  symptom: "symptom_area",
  diagnosis: "diagnosis_area",
}

/**
 * One entry of the merchant's repair code tables: symptom areas and codes, diagnosis areas and
 * codes, resolutions and conditions. Codes in use are deactivated, never deleted.
 */
export const RepairCode = model
  .define("service_repair_code", {
    id: model.id({ prefix: "srcd" }).primaryKey(),
    kind: model.enum([...REPAIR_CODE_KINDS]),
    code: model.text(),
    label: model.text().searchable(),
    description: model.text().nullable(),
    // The area of a symptom or diagnosis code (a code of kind symptom_area / diagnosis_area).
    parent_id: model.text().nullable(),
    position: model.number().default(0),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
    symptom_area_lines: model.hasMany(() => RepairLine, { mappedBy: "symptom_area" }),
    symptom_lines: model.hasMany(() => RepairLine, { mappedBy: "symptom_code" }),
    diagnosis_area_lines: model.hasMany(() => RepairLine, { mappedBy: "diagnosis_area" }),
    diagnosis_lines: model.hasMany(() => RepairLine, { mappedBy: "diagnosis_code" }),
    resolution_lines: model.hasMany(() => RepairLine, { mappedBy: "resolution_code" }),
    condition_lines: model.hasMany(() => RepairLine, { mappedBy: "condition_code" }),
  })
  .checks([maxLengthCheck("service_repair_code", "code", INPUT_LIMITS.code)])
  .indexes([
    { name: "IDX_service_repair_code_kind_code_unique", on: ["kind", "code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["kind", "position"], where: "deleted_at IS NULL" },
    { on: ["parent_id"], where: "deleted_at IS NULL AND parent_id IS NOT NULL" },
  ])
