import type { ServiceAgreement, ServiceAgreementAction, ServiceAgreementStatus } from "../../../types"

/** The moves the API allows (utils/agreement-status.ts AGREEMENT_MOVES): the statuses each action starts from. */
export const AGREEMENT_ACTIONS: {
  action: ServiceAgreementAction
  label: string
  from: ServiceAgreementStatus[]
  destructive?: boolean
}[] = [
  { action: "activate", label: "Activate", from: ["draft"] },
  { action: "suspend", label: "Suspend", from: ["active"] },
  { action: "resume", label: "Resume", from: ["suspended"] },
  { action: "expire", label: "Expire", from: ["active", "suspended"], destructive: true },
  { action: "cancel", label: "Cancel", from: ["draft", "active", "suspended"], destructive: true },
]

const EDITABLE: ServiceAgreementStatus[] = ["draft", "active", "suspended"]

/** Why the agreement's header and lines can no longer be changed, or null while they can. */
export const editLockReason = (agreement: Pick<ServiceAgreement, "status">): string | null =>
  EDITABLE.includes(agreement.status) ? null : `A ${agreement.status} agreement can no longer be changed.`
