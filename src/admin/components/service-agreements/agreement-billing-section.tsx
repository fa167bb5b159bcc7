import { Table, Text } from "@medusajs/ui"
import type { ServiceAgreement } from "../../../types"
import { formatMoney, toNumber } from "../../lib/format"
import { SectionRow } from "../section-row"
import { Section } from "../section"

/** What the agreement bills, as the API computes it: per occurrence and over the next 12 months. */
export const AgreementBillingSection = ({ agreement }: { agreement: ServiceAgreement }) => {
  const cur = agreement.currency_code
  const lines = agreement.lines ?? []
  const billing = agreement.billing
  return (
    <Section
      testId="agreement-billing"
      title="Billing"
      actions={
        <Text size="small" className="text-ui-fg-muted">
          next 12 months · {cur?.toUpperCase()}
        </Text>
      }
    >
      {lines.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Line</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Per occurrence</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Times</Table.HeaderCell>
              <Table.HeaderCell className="text-right">12 months</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lines.map((l) => (
              <Table.Row key={l.id}>
                <Table.Cell>
                  <span className="block max-w-[140px] truncate">{l.description}</span>
                </Table.Cell>
                <Table.Cell className="text-right">{formatMoney(l.amount_per_occurrence, cur)}</Table.Cell>
                <Table.Cell className="text-right">{l.occurrences_next_12_months ?? "–"}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(l.revenue_next_12_months, cur)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <SectionRow title="Revenue" value={<span data-testid="billing-revenue">{formatMoney(billing?.revenue_next_12_months, cur)}</span>} />
      <SectionRow title="Cost" value={<span data-testid="billing-cost">{formatMoney(billing?.cost_next_12_months, cur)}</span>} />
      <SectionRow
        title="Margin"
        value={
          <span data-testid="billing-margin" className={toNumber(billing?.margin_next_12_months) < 0 ? "text-ui-fg-error" : undefined}>
            {formatMoney(billing?.margin_next_12_months, cur)}
          </span>
        }
      />
    </Section>
  )
}
