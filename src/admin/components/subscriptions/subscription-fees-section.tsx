import type { ServiceSubscription } from "../../../types"
import { EmptyText } from "../section-table"
import { FeeTransactionsTable } from "./fee-transactions-table"
import { Section } from "../section"

/** The periods already billed (fee transactions) with the orders that invoiced them. */
export const SubscriptionFeesSection = ({ subscription }: { subscription: ServiceSubscription }) => {
  const fees = subscription.fee_transactions ?? []
  return (
    <Section testId="subscription-fees" title="Billing history">
      {fees.length === 0 ? (
        <EmptyText>Nothing billed yet: fees are created by billing runs when a period falls due.</EmptyText>
      ) : (
        <FeeTransactionsTable fees={fees} extra="days" />
      )}
    </Section>
  )
}
