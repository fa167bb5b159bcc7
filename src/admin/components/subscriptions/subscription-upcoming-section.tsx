import type { ServiceSubscription } from "../../../types"
import { formatDate, formatMoney } from "../../lib/format"
import { SectionRow } from "../section-row"
import { EmptyText } from "../section-table"
import { formatPeriod } from "./subscription-format"
import { Section } from "../section"

/** What the next billing runs will charge, from the subscription's cursor. */
export const SubscriptionUpcomingSection = ({ subscription }: { subscription: ServiceSubscription }) => {
  const periods = subscription.upcoming_periods ?? []
  return (
    <Section testId="subscription-upcoming" title="Upcoming periods">
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
    </Section>
  )
}
