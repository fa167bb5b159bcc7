import { Container, Heading } from "@medusajs/ui"
import type { ServiceSubscription } from "../../../types"
import { formatDate, formatMoney } from "../../lib/format"
import { SectionRow } from "../section-row"
import { EmptyText } from "./fee-transactions-table"
import { formatPeriod } from "./subscription-format"

/** What the next billing runs will charge, from the subscription's cursor. */
export const SubscriptionUpcomingSection = ({ subscription }: { subscription: ServiceSubscription }) => {
  const periods = subscription.upcoming_periods ?? []
  return (
    <Container className="divide-y p-0" data-testid="subscription-upcoming">
      <div className="px-6 py-4">
        <Heading level="h2">Upcoming periods</Heading>
      </div>
      {periods.length === 0 ? (
        <EmptyText>
          {subscription.status === "paused" ? "Billing waits until the subscription is resumed." : "No further periods will be billed."}
        </EmptyText>
      ) : (
        periods.map((p) => (
          <SectionRow
            key={p.period_start}
            title={formatPeriod(p.period_start, p.period_end)}
            value={`${formatMoney(p.amount, subscription.currency_code)} · due ${formatDate(p.due_at)}`}
          />
        ))
      )}
    </Container>
  )
}
