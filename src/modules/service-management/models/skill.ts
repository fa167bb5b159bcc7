import { model } from "@medusajs/framework/utils"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"

/**
 * A competence a technician has and a service task may require (e.g. "gas-certified").
 * Technicians and tasks name skills by `code`, so a code is unique among live skills.
 */
export const Skill = model
  .define("service_skill", {
    id: model.id({ prefix: "sskl" }).primaryKey(),
    code: model.text(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .checks([maxLengthCheck("service_skill", "code", INPUT_LIMITS.code)])
  .indexes([{ name: "IDX_service_skill_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" }])
