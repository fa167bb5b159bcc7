import { StatusBadge } from "@medusajs/ui"
import { humanize } from "../../lib/format"
import type { BillingRunStatus, FeeTransactionStatus, ServiceSubscriptionStatus } from "../../../types"

type Color = "grey" | "blue" | "orange" | "green" | "red" | "purple"

const badge = <T extends string>(colors: Record<T, Color>, testId: string) =>
  ({ status }: { status?: T | null }) =>
    status ? (
      <StatusBadge color={colors[status] ?? "grey"} data-testid={testId} data-status={status}>
        {humanize(status)}
      </StatusBadge>
    ) : (
      <span className="text-ui-fg-muted">–</span>
    )

export const SubscriptionStatusBadge = badge<ServiceSubscriptionStatus>({ active: "green", paused: "orange", cancelled: "grey" }, "subscription-status")
export const FeeStatusBadge = badge<FeeTransactionStatus>({ pending: "blue", invoicing: "purple", invoiced: "green", credited: "orange" }, "fee-status")
export const BillingRunStatusBadge = badge<BillingRunStatus>(
  { running: "blue", completed: "green", completed_with_errors: "orange", interrupted: "red" },
  "billing-run-status"
)
