import { MedusaError } from "@medusajs/framework/utils"
import { StageAction } from "../../../types/enums"

export type StageRuleView = {
  code: string
  name?: string
  is_active?: boolean
  is_terminal?: boolean
  requires_reason?: boolean
  next_stage_codes?: string[] | null
  allow_edit_lines?: boolean
  allow_add_repair_lines?: boolean
  allow_assign?: boolean
  allow_post?: boolean
  allow_customer_cancel?: boolean
}

const ACTION_FLAG: Record<StageAction, keyof StageRuleView> = {
  edit_lines: "allow_edit_lines",
  add_repair_lines: "allow_add_repair_lines",
  assign: "allow_assign",
  post: "allow_post",
  customer_cancel: "allow_customer_cancel",
}

const ACTION_TEXT: Record<StageAction, string> = {
  edit_lines: "lines cannot be added, changed or removed",
  add_repair_lines: "repair lines cannot be added or changed",
  assign: "the order cannot be assigned",
  post: "the order cannot be posted",
  customer_cancel: "the customer cannot cancel the order",
}

function ruleError(rule: string, message: string) {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, `Stage rule "${rule}": ${message}`)
}

/** Throws unless an order in `stage` may perform `action`; the message names the rule. */
export function assertStageAllows(stage: StageRuleView, action: StageAction): void {
  const flag = ACTION_FLAG[action]
  if (!stage[flag]) {
    throw ruleError(flag as string, `${ACTION_TEXT[action]} while the order is in stage "${stage.code}"`)
  }
}

/**
 * Throws unless an order may move from `from` to `to` with the given reason.
 * `toReasonCodes` are the active reason codes defined on the target stage.
 */
export function assertTransitionAllowed(
  from: StageRuleView,
  to: StageRuleView,
  reasonCode: string | null | undefined,
  toReasonCodes: string[]
): void {
  if (from.code === to.code) {
    throw ruleError("next_stage_codes", `the order is already in stage "${to.code}"`)
  }
  if (to.is_active === false) {
    throw ruleError("is_active", `stage "${to.code}" is inactive`)
  }
  const next = from.next_stage_codes ?? []
  if (!next.includes(to.code)) {
    const allowed = next.length ? next.join(", ") : "none, it is terminal"
    throw ruleError(
      "next_stage_codes",
      `"${to.code}" cannot follow "${from.code}" (allowed next stages: ${allowed})`
    )
  }
  if (to.requires_reason && !reasonCode) {
    throw ruleError(
      "requires_reason",
      `moving to "${to.code}" needs a reason_code (one of: ${toReasonCodes.join(", ") || "none defined"})`
    )
  }
  if (reasonCode && !toReasonCodes.includes(reasonCode)) {
    throw ruleError(
      "reasons",
      `"${reasonCode}" is not a reason of stage "${to.code}" (valid: ${toReasonCodes.join(", ") || "none defined"})`
    )
  }
}

/** Throws when the order's stage is terminal: closed and cancelled orders are read-only. */
export function assertStageOpen(stage: StageRuleView): void {
  if (stage.is_terminal) {
    throw ruleError("is_terminal", `the order is in terminal stage "${stage.code}" and can no longer be changed`)
  }
}
