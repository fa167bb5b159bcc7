import { StatusBadge } from "@medusajs/ui"
import { humanize } from "../../lib/format"
import type { ServiceAgreementStatus, SlaMetricView } from "../../../types"

const AGREEMENT_COLORS: Record<ServiceAgreementStatus, "grey" | "green" | "orange" | "red" | "purple"> = {
  draft: "grey",
  active: "green",
  suspended: "orange",
  expired: "purple",
  cancelled: "red",
}

export const AgreementStatusBadge = ({ status, isTemplate }: { status: ServiceAgreementStatus; isTemplate?: boolean }) => (
  <StatusBadge color={isTemplate ? "blue" : AGREEMENT_COLORS[status] ?? "grey"} data-status={status}>
    {isTemplate ? "Template" : humanize(status)}
  </StatusBadge>
)

const METRIC_COLORS: Record<SlaMetricView["status"], "grey" | "green" | "orange" | "red" | "blue"> = {
  not_started: "grey",
  running: "blue",
  paused: "orange",
  met: "green",
  breached: "red",
}

export const SlaStatusBadge = ({ status, testId }: { status: SlaMetricView["status"]; testId?: string }) => (
  <StatusBadge color={METRIC_COLORS[status] ?? "grey"} data-testid={testId} data-status={status}>
    {humanize(status)}
  </StatusBadge>
)
