import { PencilSquare, PauseSolid, PlaySolid, XCircle } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { ActionMenu, type Action } from "../../../components/action-menu"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { SectionRow, TwoColumnLayout } from "../../../components/section-row"
import { FeeStatusBadge, SubscriptionStatusBadge } from "../../../components/subscriptions/subscription-badges"
import { SubscriptionActionDrawer, type SubscriptionAction } from "../../../components/subscriptions/subscription-action-drawer"
import { SubscriptionDrawer } from "../../../components/subscriptions/subscription-drawer"
import { formatPeriod, formatTerms } from "../../../components/subscriptions/subscription-format"
import { customerName, formatDate, formatMoney } from "../../../lib/format"
import { useServiceSubscription } from "../../../lib/hooks/subscriptions"
import type { ServiceSubscription } from "../../../lib/subscription-types"
import { withPermission } from "../../../components/can"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

const EmptyRow = ({ text }: { text: string }) => (
  <div className="px-6 py-6">
    <Text size="small" className="text-ui-fg-subtle">
      {text}
    </Text>
  </div>
)

/** The periods already billed (fee transactions) with the orders that invoiced them. */
const FeeTransactionsSection = ({ subscription }: { subscription: ServiceSubscription }) => {
  const fees = subscription.fee_transactions ?? []
  return (
    <Container className="divide-y p-0" data-testid="subscription-fees">
      <div className="px-6 py-4">
        <Heading level="h2">Billing history</Heading>
      </div>
      {fees.length === 0 ? (
        <EmptyRow text="Nothing billed yet: fees are created by billing runs when a period falls due." />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Period</Table.HeaderCell>
              <Table.HeaderCell>Days</Table.HeaderCell>
              <Table.HeaderCell>Amount</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Order</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {fees.map((f) => (
              <Table.Row key={f.id} data-testid="fee-row">
                <Table.Cell>{formatPeriod(f.period_start, f.period_end)}</Table.Cell>
                <Table.Cell>
                  {f.billable_days} / {f.period_days}
                </Table.Cell>
                <Table.Cell>
                  {formatMoney(f.amount, f.currency_code)}
                  {f.status === "credited" && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {formatMoney(f.credit_amount, f.currency_code)} credited
                    </Text>
                  )}
                </Table.Cell>
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
  )
}

/** What the next billing runs will charge, from the subscription's cursor. */
const UpcomingSection = ({ subscription }: { subscription: ServiceSubscription }) => {
  const periods = subscription.upcoming_periods ?? []
  return (
    <Container className="divide-y p-0" data-testid="subscription-upcoming">
      <div className="px-6 py-4">
        <Heading level="h2">Upcoming periods</Heading>
      </div>
      {periods.length === 0 ? (
        <EmptyRow text={subscription.status === "paused" ? "Billing waits until the subscription is resumed." : "No further periods will be billed."} />
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

const ServiceSubscriptionDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useServiceSubscription(id)
  const [editOpen, setEditOpen] = useState(false)
  const [action, setAction] = useState<SubscriptionAction | null>(null)
  if (isLoading) {
    return <DetailLoading noun="subscription" />
  }
  if (isError || !data?.service_subscription) {
    return <DetailNotFound noun="Subscription" error={error} listPath="/service-subscriptions" listLabel="subscriptions" />
  }
  const s = data.service_subscription
  const open = s.status !== "cancelled"
  const actions: Action[] = [
    ...(open ? [{ label: "Edit", icon: <PencilSquare />, onClick: () => setEditOpen(true) }] : []),
    ...(s.status === "active" ? [{ label: "Pause", icon: <PauseSolid />, onClick: () => setAction("pause") }] : []),
    ...(s.status === "paused" ? [{ label: "Resume", icon: <PlaySolid />, onClick: () => setAction("resume") }] : []),
    ...(open ? [{ label: "Cancel subscription", icon: <XCircle />, onClick: () => setAction("cancel") }] : []),
  ]
  const openPause = (s.pauses ?? []).find((p) => !p.to)
  return (
    <div className="flex flex-col gap-y-3">
      <TwoColumnLayout
        main={
          <>
            <Container className="divide-y p-0">
              <div className="flex items-center justify-between px-6 py-4">
                <div className="flex flex-col gap-y-1">
                  <div className="flex items-center gap-x-2">
                    <Heading data-testid="subscription-number">{s.number}</Heading>
                    <SubscriptionStatusBadge status={s.status} />
                  </div>
                  <Text size="small" className="text-ui-fg-subtle">
                    {s.description}
                  </Text>
                </div>
                {actions.length > 0 && <ActionMenu testId="subscription-actions" groups={[{ actions }]} />}
              </div>
              <SectionRow title="Fee" value={<span data-testid="subscription-terms">{formatTerms(s)}</span>} />
              <SectionRow title="Customer" value={s.customer ? <Link to={`/customers/${s.customer_id}`} className={linkClass}>{customerName(s.customer)}</Link> : s.customer_id} />
              <SectionRow title="Group" value={s.group?.name ?? "–"} />
              <SectionRow title="Starts" value={formatDate(s.start_date)} />
              <SectionRow title="Ends" value={formatDate(s.end_date)} />
              {openPause && <SectionRow title="Paused since" value={formatDate(openPause.from)} />}
              {s.cancel_from && <SectionRow title="Cancelled from" value={formatDate(s.cancel_from)} />}
              <SectionRow title="Next billing" value={<span data-testid="subscription-next-billing">{formatDate(s.next_due_at)}</span>} />
            </Container>
            <FeeTransactionsSection subscription={s} />
          </>
        }
        side={<UpcomingSection subscription={s} />}
      />
      <SubscriptionDrawer open={editOpen} onOpenChange={setEditOpen} subscription={s} />
      <SubscriptionActionDrawer subscription={s} action={action} onOpenChange={(o) => !o && setAction(null)} />
    </div>
  )
}

const Breadcrumb = ({ id }: { id: string }) => {
  const { data } = useServiceSubscription(id)
  return <span>{data?.service_subscription?.number ?? id}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id ?? ""} />,
}

export default withPermission(ServiceSubscriptionDetailPage, "subscriptions.read", "see service subscriptions")
