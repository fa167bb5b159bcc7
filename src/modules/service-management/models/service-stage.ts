import { model } from "@medusajs/framework/utils"
import { StageReason } from "./stage-reason"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"
import { STAGE_SLA_ACTIONS } from "../../../types/enums"

/**
 * What entering a stage does to the SLA clock: `respond` meets the response target, `resolve`
 * meets both targets, `pause` stops the clock (leaving the stage resumes it), `resume` restarts it.
 */

/**
 * A configurable step of the service order life cycle. Its flags are the stage rules:
 * what an order in this stage allows, and which stages may follow it.
 */
export const ServiceStage = model
  .define("service_stage", {
    id: model.id({ prefix: "sstg" }).primaryKey(),
    code: model.text(),
    name: model.text(),
    description: model.text().nullable(),
    position: model.number().default(0),
    color: model.text().nullable(),
    is_initial: model.boolean().default(false),
    is_terminal: model.boolean().default(false),
    // The stage a cancellation (by staff or, where allowed, by the customer) moves an order to.
    is_cancellation: model.boolean().default(false),
    is_active: model.boolean().default(true),
    allow_edit_lines: model.boolean().default(true),
    allow_add_repair_lines: model.boolean().default(true),
    allow_assign: model.boolean().default(true),
    allow_post: model.boolean().default(false),
    allow_customer_cancel: model.boolean().default(false),
    customer_visible: model.boolean().default(true),
    requires_reason: model.boolean().default(false),
    next_stage_codes: model.array().default([]),
    sla_action: model.enum([...STAGE_SLA_ACTIONS]).nullable(),
    reasons: model.hasMany(() => StageReason, { mappedBy: "stage" }),
    metadata: model.json().nullable(),
  })
  .cascades({ delete: ["reasons"] })
  .checks([maxLengthCheck("service_stage", "code", INPUT_LIMITS.code)])
  .indexes([
    { name: "IDX_service_stage_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["position"], where: "deleted_at IS NULL" },
  ])
