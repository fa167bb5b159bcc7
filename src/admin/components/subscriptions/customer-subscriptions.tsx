import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { formatDate } from "../../lib/format"
import { useServiceSubscriptions } from "../../lib/hooks/subscriptions"
import { SubscriptionStatusBadge } from "./subscription-badges"
import { SubscriptionDrawer } from "./subscription-drawer"
import { formatTerms } from "./subscription-format"
import { ReadOnlyTable, type ReadOnlyColumn } from "../read-only-table"
import { Section } from "../section"
import type { ServiceSubscription } from "../../../types"

const COLUMNS: ReadOnlyColumn<ServiceSubscription>[] = [
  { header: "Number", className: "txt-compact-small-plus", cell: (s) => s.number },
  { header: "Description", cell: (s) => s.description },
  { header: "Fee", cell: (s) => formatTerms(s) },
  { header: "Status", cell: (s) => <SubscriptionStatusBadge status={s.status} /> },
  { header: "Next billing", cell: (s) => formatDate(s.next_due_at) },
]

/** The customer's subscriptions on the customer page, with a shortcut to create one. */
export const CustomerSubscriptions = ({ customerId }: { customerId: string }) => {
  const navigate = useNavigate()
  const [createOpen, setCreateOpen] = useState(false)
  const { data, isLoading } = useServiceSubscriptions({ customer_id: customerId, limit: 10, order: "-created_at" })
  return (
    <Section
      testId="customer-subscriptions"
      title="Subscriptions"
      actions={
        <Button size="small" variant="secondary" onClick={() => setCreateOpen(true)}>
          Create subscription
        </Button>
      }
    >
      <ReadOnlyTable
        rows={data?.service_subscriptions ?? []}
        columns={COLUMNS}
        rowKey={(s) => s.id}
        rowProps={(s) => ({ onClick: () => navigate(`/service-subscriptions/${s.id}`) })}
        empty="No subscriptions."
        isLoading={isLoading}
      />
      <SubscriptionDrawer
        open={createOpen}
        onOpenChange={setCreateOpen}
        defaults={{ customer_id: customerId }}
        onSaved={(s) => navigate(`/service-subscriptions/${s.id}`)}
      />
    </Section>
  )
}
