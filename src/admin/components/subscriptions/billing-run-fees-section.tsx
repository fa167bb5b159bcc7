import { useFeeTransactions } from "../../lib/hooks/subscriptions"
import { EmptyText } from "../section-table"
import { FeeTransactionsTable } from "./fee-transactions-table"
import { Section } from "../section"

/** The fees a billing run created or invoiced, each with its subscription and order. */
export const BillingRunFeesSection = ({ runId }: { runId: string }) => {
  const { data } = useFeeTransactions({ billing_run_id: runId, limit: 200, order: "period_start" })
  const fees = data?.subscription_fee_transactions ?? []
  return (
    <Section title="Fees in this run">
      {fees.length === 0 ? <EmptyText>This run created or invoiced no fee.</EmptyText> : <FeeTransactionsTable fees={fees} extra="subscription" />}
    </Section>
  )
}
