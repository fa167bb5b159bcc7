import { MedusaError } from "@medusajs/framework/utils"
import { ServiceEstimateStatus } from "../../../types/enums"
import { assertNotPosted } from "./posting"
import { assertStageOpen, StageRuleView } from "./stage-rules"

export type EstimateView = {
  version: number
  status: ServiceEstimateStatus
  valid_until?: Date | string | null
  answered_at?: Date | string | null
}
export type EstimateOrderView = { number: string; posted_at?: Date | string | null; stage: StageRuleView }

const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10)
const label = (order: { number: string }, e: { version: number }) => `Estimate ${e.version} of service order ${order.number}`

/** The status as of `now`: a sent estimate past its date is expired, whether or not a job marked it. */
export function effectiveEstimateStatus(e: EstimateView, now = new Date()): ServiceEstimateStatus {
  return e.status === "sent" && e.valid_until && new Date(e.valid_until) < now ? "expired" : e.status
}

/** Staff may draft a (new) version while the order is open and not posted. */
export function assertEstimateDraftable(order: EstimateOrderView): void {
  assertNotPosted(order)
  assertStageOpen(order.stage)
}

/** Only a draft is sent, with a validity date in the future (400 otherwise). */
export function assertEstimateSendable(
  order: EstimateOrderView,
  e: EstimateView | null,
  validUntil: Date | string | null | undefined,
  now = new Date()
): void {
  assertEstimateDraftable(order)
  if (!e) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service order ${order.number} has no estimate to send; draft one first`)
  }
  if (e.status !== "draft") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${label(order, e)} is ${e.status}; only a draft is sent (draft a new version to change it)`)
  }
  if (!validUntil) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${label(order, e)} needs valid_until before it is sent`)
  }
  if (new Date(validUntil) <= now) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `valid_until must lie in the future (it is ${day(validUntil)})`)
  }
}

/**
 * The customer answers a sent estimate while it is valid. Anything else is a 409 naming the state,
 * so a second answer, a late answer or an answer to a replaced version changes nothing.
 */
export function assertEstimateAnswerable(order: { number: string }, e: EstimateView | null, now = new Date()): void {
  if (!e || e.status === "draft") {
    throw new MedusaError(MedusaError.Types.CONFLICT, `Service order ${order.number} has no estimate waiting for an answer`)
  }
  const status = effectiveEstimateStatus(e, now)
  switch (status) {
    case "sent":
      return
    case "accepted":
    case "declined":
      throw new MedusaError(MedusaError.Types.CONFLICT, `${label(order, e)} was already ${status} on ${day(e.answered_at!)}`)
    case "expired":
      throw new MedusaError(MedusaError.Types.CONFLICT, `${label(order, e)} expired on ${day(e.valid_until!)}; ask for a new estimate`)
    default:
      throw new MedusaError(MedusaError.Types.CONFLICT, `${label(order, e)} was replaced by a newer version`)
  }
}

/**
 * What happens to the live version when a new one is drafted: a sent one past its date is marked
 * expired, any other superseded (an accepted one too: a change needs a new acceptance).
 */
export function replacedEstimateStatus(e: EstimateView, now = new Date()): "expired" | "superseded" {
  return effectiveEstimateStatus(e, now) === "expired" ? "expired" : "superseded"
}
