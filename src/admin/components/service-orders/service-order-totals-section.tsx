import { Text } from "@medusajs/ui"
import type { ServiceOrder } from "../../../types"
import { formatMoney, formatPercent, marginPercent, toNumber } from "../../lib/format"
import { SectionRow } from "../section-row"
import { Section } from "../section"

/** Revenue, cost and margin of the order's lines; a negative margin shows in red. */
export const ServiceOrderTotalsSection = ({ order }: { order: ServiceOrder }) => {
  const negative = toNumber(order.margin_total) < 0
  const money = (testId: string, value: ServiceOrder["revenue_total"], className?: string) => (
    <span data-testid={testId} className={className}>
      {formatMoney(value, order.currency_code)}
    </span>
  )
  return (
    <Section
      testId="totals"
      title="Totals"
      actions={
        <Text size="small" className="text-ui-fg-muted">
          {order.currency_code?.toUpperCase()}
        </Text>
      }
    >
      <SectionRow title="Revenue" value={money("total-revenue", order.revenue_total)} />
      <SectionRow title="Cost" value={money("total-cost", order.cost_total)} />
      <SectionRow
        title="Margin"
        value={money("total-margin", order.margin_total, negative ? "text-ui-fg-error" : "text-ui-fg-base")}
      />
      <SectionRow
        title="Margin %"
        value={
          <span data-testid="total-margin-percent" className={negative ? "text-ui-fg-error" : undefined}>
            {formatPercent(marginPercent(order.revenue_total, order.margin_total))}
          </span>
        }
      />
    </Section>
  )
}
