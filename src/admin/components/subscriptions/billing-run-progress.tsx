import { Text } from "@medusajs/ui"
import type { BillingRun } from "../../../types"

/** A run in progress: customers invoiced out of those due, read from the run record while it works. */
export const BillingRunProgress = ({ run }: { run?: BillingRun }) => {
  if (!run) {
    return <Text size="small">Starting the run…</Text>
  }
  const pct = run.groups_total ? Math.round((run.groups_done / run.groups_total) * 100) : 0
  return (
    <div className="flex flex-col gap-y-1" data-testid="billing-run-progress">
      <Text size="small">
        {run.groups_total
          ? `Invoicing: ${run.groups_done} of ${run.groups_total} customer invoices`
          : `Creating fee transactions (${run.transactions_created})…`}
      </Text>
      <div className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full">
        <div className="bg-ui-fg-interactive h-2 transition-all" style={{ width: `${pct}%` }} />
      </div>
    </div>
  )
}
