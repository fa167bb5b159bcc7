import { model } from "@medusajs/framework/utils"
import { ServiceStage } from "./service-stage"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"

/** A reason a merchant may give when moving an order into a stage (e.g. why it was cancelled). */
export const StageReason = model
  .define("service_stage_reason", {
    id: model.id({ prefix: "srsn" }).primaryKey(),
    code: model.text(),
    label: model.text(),
    is_active: model.boolean().default(true),
    stage: model.belongsTo(() => ServiceStage, { mappedBy: "reasons" }),
  })
  .checks([maxLengthCheck("service_stage_reason", "code", INPUT_LIMITS.code)])
  .indexes([
    {
      name: "IDX_service_stage_reason_stage_code_unique",
      on: ["stage_id", "code"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
