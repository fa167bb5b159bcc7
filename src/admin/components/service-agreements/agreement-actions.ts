import type { ServiceAgreement, ServiceAgreementAction } from "../../../types"

/** The status moves in the order the header shows them; whether each is possible comes from `allowed_actions`. */
export const AGREEMENT_ACTIONS: { action: ServiceAgreementAction; label: string; destructive?: boolean }[] = [
  { action: "activate", label: "Activate" },
  { action: "suspend", label: "Suspend" },
  { action: "resume", label: "Resume" },
  { action: "expire", label: "Expire", destructive: true },
  { action: "cancel", label: "Cancel", destructive: true },
]

/**
 * The moves the header offers: the allowed ones, and a draft's activation even when refused (no lines yet,
 * no customer): clicking it then says why instead of hiding the one step a draft is made for.
 */
export const offeredActions = (agreement: ServiceAgreement) =>
  AGREEMENT_ACTIONS.filter(({ action }) => {
    const availability = agreement.allowed_actions?.[action]
    return availability?.allowed || (action === "activate" && agreement.status === "draft" && !agreement.is_template)
  })

/** Why the agreement's header and lines can no longer be changed (the API's own answer), or undefined while they can. */
export const editLockReason = (agreement: ServiceAgreement): string | undefined => agreement.allowed_actions?.edit.reason
