import { MedusaError } from "@medusajs/framework/utils"
import { ServiceAgreementAction, ServiceAgreementStatus } from "../../../types/enums"

export type Suspension = { from: string; to: string | null }

/** Types an agreement's JSON `suspensions` column, which the model stores untyped. */
export const withTypedSuspensions = <T extends { suspensions: unknown }>(agreement: T) =>
  agreement as unknown as Omit<T, "suspensions"> & { suspensions: Suspension[] | null }

/** The allowed moves: which statuses each action starts from and where it leads. */
export const AGREEMENT_MOVES: Record<ServiceAgreementAction, { from: ServiceAgreementStatus[]; to: ServiceAgreementStatus }> = {
  activate: { from: ["draft"], to: "active" },
  suspend: { from: ["active"], to: "suspended" },
  resume: { from: ["suspended"], to: "active" },
  cancel: { from: ["draft", "active", "suspended"], to: "cancelled" },
  expire: { from: ["active", "suspended"], to: "expired" },
}

/** Statuses whose agreement (header and lines) may still be changed. */
export const EDITABLE_AGREEMENT_STATUSES: ServiceAgreementStatus[] = ["draft", "active", "suspended"]

export type AgreementView = {
  number: string
  status: ServiceAgreementStatus
  is_template?: boolean
  customer_id?: string | null
  valid_to?: Date | string | null
  suspensions?: Suspension[] | null
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Checks a status move and returns what to write besides the status; throws a 400 naming the
 * rule otherwise. `lineCount` is the number of lines (activation needs at least one).
 */
export function planAgreementMove(
  agreement: AgreementView,
  action: ServiceAgreementAction,
  { lineCount, now }: { lineCount: number; now: Date }
): { from: ServiceAgreementStatus; to: ServiceAgreementStatus; set: Record<string, unknown> } {
  const move = AGREEMENT_MOVES[action]
  if (agreement.is_template) {
    throw refuse(`Service agreement ${agreement.number} is a template; create an agreement from it instead`)
  }
  if (!move.from.includes(agreement.status)) {
    throw refuse(
      `Service agreement ${agreement.number} is ${agreement.status}; "${action}" is only possible from ${move.from.join(" or ")}`
    )
  }
  const set: Record<string, unknown> = {}
  const suspensions = [...(agreement.suspensions ?? [])]
  switch (action) {
    case "activate":
      if (!lineCount) {
        throw refuse(`Service agreement ${agreement.number} has no lines; add at least one line before activating it`)
      }
      if (!agreement.customer_id) {
        throw refuse(`Service agreement ${agreement.number} has no customer`)
      }
      if (agreement.valid_to && new Date(agreement.valid_to) < now) {
        throw refuse(`Service agreement ${agreement.number} ended on ${new Date(agreement.valid_to).toISOString()}; it cannot be activated`)
      }
      set.activated_at = now
      break
    case "suspend":
      set.suspended_at = now
      set.suspensions = [...suspensions, { from: now.toISOString(), to: null }]
      break
    case "resume": {
      const open = suspensions.findIndex((s) => !s.to)
      if (open >= 0) {
        suspensions[open] = { ...suspensions[open], to: now.toISOString() }
      }
      set.suspended_at = null
      set.suspensions = suspensions
      break
    }
    case "cancel":
      set.cancelled_at = now
      break
    case "expire":
      set.expired_at = now
      break
  }
  return { from: agreement.status, to: move.to, set }
}

/** Throws a 400 unless the agreement may still be changed. */
export function assertAgreementEditable(agreement: { number: string; status: ServiceAgreementStatus }): void {
  if (!EDITABLE_AGREEMENT_STATUSES.includes(agreement.status)) {
    throw refuse(`Service agreement ${agreement.number} is ${agreement.status} and can no longer be changed`)
  }
}
