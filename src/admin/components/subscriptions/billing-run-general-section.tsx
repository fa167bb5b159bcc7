import { Container, Heading } from "@medusajs/ui"
import type { BillingRun } from "../../../types"
import { formatDate, formatDateTime } from "../../lib/format"
import { SectionRow } from "../section-row"
import { BillingRunStatusBadge } from "./subscription-badges"
import { formatAmounts } from "./subscription-format"

/** A billing run's figures: what it billed up to, created, invoiced and how long it took. */
export const BillingRunGeneralSection = ({ run }: { run: BillingRun }) => (
  <Container className="divide-y p-0">
    <div className="flex items-center gap-x-2 px-6 py-4">
      <Heading>Billing run of {formatDateTime(run.started_at)}</Heading>
      <BillingRunStatusBadge status={run.status} />
    </div>
    <SectionRow title="Bills up to" value={formatDate(run.as_of)} />
    <SectionRow title="Fees created" value={String(run.transactions_created)} />
    <SectionRow title="Fees invoiced" value={String(run.transactions_invoiced)} />
    <SectionRow title="Orders created" value={String(run.orders_created)} />
    <SectionRow title="Amount" value={formatAmounts(run.amounts)} />
    <SectionRow title="Duration" value={run.duration_ms != null ? `${(run.duration_ms / 1000).toFixed(1)} s` : "–"} />
    <SectionRow title="Started by" value={run.triggered_by ?? "–"} />
    {run.recovered && (
      <SectionRow
        title="Recovered"
        value={`${run.recovered.interrupted_run_ids.length} interrupted run(s); ${run.recovered.transactions_invoiced} fee(s) settled as invoiced, ${run.recovered.transactions_released} released`}
      />
    )}
  </Container>
)
