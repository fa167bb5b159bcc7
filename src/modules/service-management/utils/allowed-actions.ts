import { MedusaError } from "@medusajs/framework/utils"
import {
  ActionAvailability,
  AllowedActions,
  RepairLineAllowedActions,
  ServiceAgreementAllowedActions,
  ServiceEstimateAllowedActions,
  ServiceOrderAllowedActions,
  ServiceReturnAllowedActions,
  ServiceSubscriptionAllowedActions,
} from "../../../types/http"
import { AgreementView, assertAgreementEditable, planAgreementMove } from "./agreement-status"
import { assertEstimateDraftable, assertEstimateSendable, EstimateOrderView, EstimateView } from "./estimate-status"
import { assertNotPosted } from "./posting"
import { startOfUtcDay } from "./recurrence"
import { assertRepairEditable, planRepairStatusMove } from "./repair-status"
import { planServiceReturnMove } from "./return-status"
import { assertStageAllows, assertStageOpen, StageRuleView } from "./stage-rules"
import { planSubscriptionChange, SubscriptionState } from "./subscription-status"
import { REPAIR_LINE_STATUSES, RepairLineStatus, SERVICE_AGREEMENT_ACTIONS, SERVICE_RETURN_ACTIONS, STAGE_ACTIONS, SUBSCRIPTION_ACTIONS, ServiceReturnStatus } from "../../../types/enums"

// Each answer runs the very check the action's route runs, so the admin never re-codes a rule
// and the reason it shows is the message the route would answer.

/** Runs a rule check: allowed when it passes, else the refusal's message (other errors are bugs and rethrow). */
export function availability(check: () => unknown): ActionAvailability {
  try {
    check()
    return { allowed: true }
  } catch (e) {
    if (MedusaError.isMedusaError(e)) {
      return { allowed: false, reason: (e as MedusaError).message }
    }
    throw e
  }
}

function allowedActions<A extends string>(actions: readonly A[], check: (action: A) => unknown): AllowedActions<A> {
  return Object.fromEntries(actions.map((a) => [a, availability(() => check(a))])) as AllowedActions<A>
}

export type ServiceOrderRuleView = { number: string; posted_at?: Date | string | null; stage: StageRuleView }

/** A service order: `edit` (not posted, stage not terminal) and each stage rule on top of it. */
export function serviceOrderAllowedActions(order: ServiceOrderRuleView): ServiceOrderAllowedActions {
  const editable = () => {
    assertNotPosted(order)
    assertStageOpen(order.stage)
  }
  return {
    edit: availability(editable),
    ...allowedActions(STAGE_ACTIONS, (action) => {
      editable()
      assertStageAllows(order.stage, action)
    }),
  }
}

/** A service agreement: its status moves (activation needs lines) and `edit`. */
export function serviceAgreementAllowedActions(
  agreement: AgreementView,
  { lineCount, now = new Date() }: { lineCount: number; now?: Date }
): ServiceAgreementAllowedActions {
  return {
    edit: availability(() => assertAgreementEditable(agreement)),
    ...allowedActions(SERVICE_AGREEMENT_ACTIONS, (action) => planAgreementMove(agreement, action, { lineCount, now })),
  }
}

const DAY_MS = 24 * 60 * 60 * 1000
const laterDay = (a: Date, b: Date) => (a > b ? a : b)

/**
 * A subscription: pause, resume and cancel from the earliest day each could take effect — today,
 * or its start, or (to resume) the day after its pause began.
 */
export function serviceSubscriptionAllowedActions(sub: SubscriptionState, now = new Date()): ServiceSubscriptionAllowedActions {
  const today = laterDay(startOfUtcDay(now), startOfUtcDay(new Date(sub.start_date)))
  const open = (sub.pauses ?? []).find((p) => !p.to)
  return allowedActions(SUBSCRIPTION_ACTIONS, (action) => {
    const from =
      action === "resume" && open ? laterDay(today, new Date(startOfUtcDay(new Date(open.from)).getTime() + DAY_MS)) : today
    return planSubscriptionChange(sub, [], action, from)
  })
}

/** A service return: its status moves. */
export function serviceReturnAllowedActions(ret: { number: string; status: ServiceReturnStatus }): ServiceReturnAllowedActions {
  return allowedActions(SERVICE_RETURN_ACTIONS, (action) => planServiceReturnMove(ret, action))
}

export type RepairLineRuleView = {
  status: RepairLineStatus
  diagnosis_code_id?: string | null
  resolution_code_id?: string | null
}

/** A repair line on an order: `edit`, and one status step forward or back, each also under the order's rules. */
export function repairLineAllowedActions(line: RepairLineRuleView, order: ServiceOrderRuleView): RepairLineAllowedActions {
  const i = REPAIR_LINE_STATUSES.indexOf(line.status)
  const orderAllows = () => {
    assertNotPosted(order)
    assertStageOpen(order.stage)
    assertStageAllows(order.stage, "add_repair_lines")
  }
  const step = (to: RepairLineStatus | undefined) => ({
    to: to ?? null,
    ...availability(() => {
      orderAllows()
      assertRepairEditable(line.status)
      if (!to) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A repair that is "${line.status}" has no step that way`)
      }
      planRepairStatusMove(line.status, to, line)
    }),
  })
  return {
    edit: availability(() => {
      orderAllows()
      assertRepairEditable(line.status)
    }),
    forward: step(REPAIR_LINE_STATUSES[i + 1]),
    back: step(i > 0 ? REPAIR_LINE_STATUSES[i - 1] : undefined),
  }
}

/** A service order's estimate: `draft` a (new) version, `send` the draft. */
export function serviceEstimateAllowedActions(order: EstimateOrderView, live: EstimateView | null): ServiceEstimateAllowedActions {
  return {
    draft: availability(() => assertEstimateDraftable(order)),
    send: availability(() => assertEstimateSendable(order, live, live?.valid_until)),
  }
}
