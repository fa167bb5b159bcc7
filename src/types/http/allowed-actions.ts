// Shapes of the plugin's HTTP answers that clients build on.
import type {
  RepairLineStatus,
  ServiceAgreementAction,
  ServiceEstimateAction,
  ServiceReturnAction,
  StageAction,
  SubscriptionAction,
} from "../enums"

/**
 * Whether an action on a record is possible now, decided by the same rules the action's route
 * applies; when it is not, `reason` is the message that route would answer.
 */
export type ActionAvailability = { allowed: true; reason?: undefined } | { allowed: false; reason: string }

export type AllowedActions<A extends string> = Record<A, ActionAvailability>

/** `service_order.allowed_actions`: `edit` (header and stage moves; refused in a terminal stage) and the stage's rules. */
export type ServiceOrderAllowedActions = AllowedActions<StageAction | "edit">
/** `service_agreement.allowed_actions`: the status moves and `edit` (header and lines). */
export type ServiceAgreementAllowedActions = AllowedActions<ServiceAgreementAction | "edit">
/** `service_subscription.allowed_actions`: pause, resume and cancel from today. */
export type ServiceSubscriptionAllowedActions = AllowedActions<SubscriptionAction>
/** The estimate answer's `allowed_actions`: draft a (new) version, send the draft. */
export type ServiceEstimateAllowedActions = AllowedActions<ServiceEstimateAction>
/** `service_return.allowed_actions`: the status moves. */
export type ServiceReturnAllowedActions = AllowedActions<ServiceReturnAction>
/** A repair line's `allowed_actions`: `edit`, and one status step `forward` or `back` (with its target). */
export type RepairLineAllowedActions = {
  edit: ActionAvailability
  forward: ActionAvailability & { to: RepairLineStatus | null }
  back: ActionAvailability & { to: RepairLineStatus | null }
}
