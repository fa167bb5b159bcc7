import { model } from "@medusajs/framework/utils"
import { ServiceOrder } from "./service-order"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"
import { TRANSITION_ACTOR_TYPES } from "../../../types/enums"

/** The audit of one stage change: from, to, why, who and when. Never edited. */
export const StageTransition = model
  .define("service_stage_transition", {
    id: model.id({ prefix: "strn" }).primaryKey(),
    // Codes and names are copied so history reads the same after a stage is renamed or removed.
    from_stage_id: model.text().nullable(),
    from_stage_code: model.text().nullable(),
    to_stage_id: model.text(),
    to_stage_code: model.text(),
    reason_code: model.text().nullable(),
    note: model.text().nullable(),
    actor_type: model.enum([...TRANSITION_ACTOR_TYPES]),
    actor_id: model.text().nullable(),
    service_order: model.belongsTo(() => ServiceOrder, { mappedBy: "stage_transitions" }),
  })
  .checks([maxLengthCheck("service_stage_transition", "note", INPUT_LIMITS.note)])
  .indexes([{ on: ["service_order_id", "created_at"], where: "deleted_at IS NULL" }])
