import { Container, Heading } from "@medusajs/ui"
import type { ServiceSubscription } from "../../../types"
import { EmptyText, FeeTransactionsTable } from "./fee-transactions-table"

/** The periods already billed (fee transactions) with the orders that invoiced them. */
export const SubscriptionFeesSection = ({ subscription }: { subscription: ServiceSubscription }) => {
  const fees = subscription.fee_transactions ?? []
  return (
    <Container className="divide-y p-0" data-testid="subscription-fees">
      <div className="px-6 py-4">
        <Heading level="h2">Billing history</Heading>
      </div>
      {fees.length === 0 ? (
        <EmptyText>Nothing billed yet: fees are created by billing runs when a period falls due.</EmptyText>
      ) : (
        <FeeTransactionsTable fees={fees} extra="days" />
      )}
    </Container>
  )
}
