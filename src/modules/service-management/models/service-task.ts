import { model } from "@medusajs/framework/utils"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"

/** The catalogue of work a merchant performs (e.g. "Annual inspection", 90 minutes). */
export const ServiceTask = model
  .define("service_task", {
    id: model.id({ prefix: "stsk" }).primaryKey(),
    code: model.text(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    default_duration_minutes: model.number().nullable(),
    default_unit_price: model.bigNumber().nullable(),
    default_unit_cost: model.bigNumber().nullable(),
    required_skills: model.array().default([]),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
  })
  .checks([maxLengthCheck("service_task", "code", INPUT_LIMITS.code)])
  .indexes([{ name: "IDX_service_task_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" }])
