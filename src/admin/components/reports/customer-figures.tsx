import { Button, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatMoney } from "../../lib/format"
import { useReport } from "../../lib/hooks/reports"
import { Section } from "../section"

const percent = (v: unknown) => (v === null || v === undefined ? "–" : `${Number(v).toFixed(1)} %`)

/** Customer details: the customer's service margin per currency and SLA compliance, from the reports. */
export const CustomerReportFigures = ({ customerId }: { customerId: string }) => {
  const margin = useReport("order-margin", { group_by: "customer", customer_id: customerId, limit: 20 })
  const sla = useReport("sla-compliance", { group_by: "sla", customer_id: customerId, limit: 1 })
  const slaTotals = sla.data?.totals[0]
  return (
    <Section
      testId="customer-report-figures"
      title="Service figures"
      description="All time, from the reports"
      actions={
        <Button size="small" variant="transparent" asChild>
          <Link to="/reports">Reports</Link>
        </Button>
      }
    >
      <div className="flex flex-col gap-y-1 px-6 py-4" data-testid="customer-margin">
        {margin.data && !margin.data.rows.length && (
          <Text size="small" className="text-ui-fg-subtle">
            No service orders yet.
          </Text>
        )}
        {margin.data?.rows.map((r) => (
          <Text key={r.currency_code} size="small">
            {r.currency_code?.toUpperCase()}: revenue {formatMoney(r.revenue as number, r.currency_code)}, margin{" "}
            {formatMoney(r.margin as number, r.currency_code)} ({percent(r.margin_percent)})
          </Text>
        ))}
      </div>
      <div className="px-6 py-4" data-testid="customer-sla">
        <Text size="small">
          {slaTotals && Number(slaTotals.orders) > 0
            ? `SLA: response met ${percent(slaTotals.response_compliance)}, resolution met ${percent(slaTotals.resolution_compliance)}, ${slaTotals.breached_now} breached now`
            : "No orders with an SLA yet."}
        </Text>
      </div>
    </Section>
  )
}
