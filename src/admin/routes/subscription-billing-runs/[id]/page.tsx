import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { SectionRow, TwoColumnLayout } from "../../../components/section-row"
import { BillingRunStatusBadge, FeeStatusBadge } from "../../../components/subscriptions/subscription-badges"
import { formatAmounts, formatPeriod } from "../../../components/subscriptions/subscription-format"
import { formatDate, formatDateTime, formatMoney } from "../../../lib/format"
import { useBillingRun } from "../../../lib/hooks/billing-runs"
import { useFeeTransactions } from "../../../lib/hooks/subscriptions"
import { withPermission } from "../../../components/can"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

/** One billing run: its figures, the customers that failed, and the fees it invoiced. */
const BillingRunDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useBillingRun(id)
  const fees = useFeeTransactions({ billing_run_id: id, limit: 200, order: "period_start" })
  if (isLoading) {
    return <DetailLoading noun="billing run" />
  }
  if (isError || !data?.subscription_billing_run) {
    return <DetailNotFound noun="Billing run" error={error} listPath="/subscription-billing-runs" listLabel="billing runs" />
  }
  const run = data.subscription_billing_run
  const rows = fees.data?.subscription_fee_transactions ?? []
  return (
    <TwoColumnLayout
      main={
        <>
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
          <Container className="divide-y p-0">
            <div className="px-6 py-4">
              <Heading level="h2">Fees in this run</Heading>
            </div>
            {rows.length === 0 ? (
              <div className="px-6 py-6">
                <Text size="small" className="text-ui-fg-subtle">
                  This run created or invoiced no fee.
                </Text>
              </div>
            ) : (
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>Subscription</Table.HeaderCell>
                    <Table.HeaderCell>Period</Table.HeaderCell>
                    <Table.HeaderCell>Amount</Table.HeaderCell>
                    <Table.HeaderCell>Status</Table.HeaderCell>
                    <Table.HeaderCell>Order</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {rows.map((f) => (
                    <Table.Row key={f.id}>
                      <Table.Cell>
                        <Link to={`/service-subscriptions/${f.subscription_id}`} className={linkClass}>
                          {f.subscription?.number ?? f.subscription_id}
                        </Link>
                      </Table.Cell>
                      <Table.Cell>{formatPeriod(f.period_start, f.period_end)}</Table.Cell>
                      <Table.Cell>{formatMoney(f.amount, f.currency_code)}</Table.Cell>
                      <Table.Cell>
                        <FeeStatusBadge status={f.status} />
                      </Table.Cell>
                      <Table.Cell>
                        {f.order_id && f.status !== "pending" ? (
                          <Link to={`/orders/${f.order_id}`} className={linkClass}>
                            {f.order?.display_id ? `#${f.order.display_id}` : "View order"}
                          </Link>
                        ) : (
                          "–"
                        )}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
          </Container>
        </>
      }
      side={
        <Container className="divide-y p-0" data-testid="billing-run-errors">
          <div className="px-6 py-4">
            <Heading level="h2">Failed customers</Heading>
          </div>
          {(run.errors ?? []).length === 0 ? (
            <div className="px-6 py-6">
              <Text size="small" className="text-ui-fg-subtle">
                None.
              </Text>
            </div>
          ) : (
            (run.errors ?? []).map((e) => (
              <div key={`${e.customer_id}-${e.currency_code}`} className="flex flex-col gap-y-1 px-6 py-4">
                <Link to={`/customers/${e.customer_id}`} className={linkClass}>
                  {e.customer_id} · {e.currency_code.toUpperCase()}
                </Link>
                <Text size="small" className="text-ui-fg-subtle">
                  {e.message}
                </Text>
              </div>
            ))
          )}
        </Container>
      }
    />
  )
}

const Breadcrumb = ({ id }: { id: string }) => {
  const { data } = useBillingRun(id)
  return <span>{data?.subscription_billing_run ? formatDateTime(data.subscription_billing_run.started_at) : id}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id ?? ""} />,
}

export default withPermission(BillingRunDetailPage, "billing.read", "see billing runs")
