import { Button, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { formatDate } from "../../lib/format"
import { useServiceSubscriptions } from "../../lib/hooks/subscriptions"
import { SubscriptionStatusBadge } from "./subscription-badges"
import { SubscriptionDrawer } from "./subscription-drawer"
import { formatTerms } from "./subscription-format"
import { Section } from "../section"

/** The customer's subscriptions on the customer page, with a shortcut to create one. */
export const CustomerSubscriptions = ({ customerId }: { customerId: string }) => {
  const navigate = useNavigate()
  const [createOpen, setCreateOpen] = useState(false)
  const { data, isLoading } = useServiceSubscriptions({ customer_id: customerId, limit: 10, order: "-created_at" })
  const rows = data?.service_subscriptions ?? []
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
      {rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {isLoading ? "Loading…" : "No subscriptions."}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Number</Table.HeaderCell>
              <Table.HeaderCell>Description</Table.HeaderCell>
              <Table.HeaderCell>Fee</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Next billing</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((s) => (
              <Table.Row key={s.id} className="cursor-pointer" onClick={() => navigate(`/service-subscriptions/${s.id}`)}>
                <Table.Cell className="txt-compact-small-plus">{s.number}</Table.Cell>
                <Table.Cell>{s.description}</Table.Cell>
                <Table.Cell>{formatTerms(s)}</Table.Cell>
                <Table.Cell>
                  <SubscriptionStatusBadge status={s.status} />
                </Table.Cell>
                <Table.Cell>{formatDate(s.next_due_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <SubscriptionDrawer
        open={createOpen}
        onOpenChange={setCreateOpen}
        defaults={{ customer_id: customerId }}
        onSaved={(s) => navigate(`/service-subscriptions/${s.id}`)}
      />
    </Section>
  )
}
