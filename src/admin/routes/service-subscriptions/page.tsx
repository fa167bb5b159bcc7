import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { Button, Container, createDataTableColumnHelper, DataTable } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CustomerCell } from "../../components/customer-cell"
import { DataTableBody } from "../../components/data-table-body"
import { ALL, CustomerFilter, FilterSelect, ListHeader, ListToolbar, unlessAll, useListTable } from "../../components/list-page"
import { SubscriptionStatusBadge } from "../../components/subscriptions/subscription-badges"
import { SubscriptionDrawer } from "../../components/subscriptions/subscription-drawer"
import { formatTerms } from "../../components/subscriptions/subscription-format"
import { formatDate, humanize } from "../../lib/format"
import { useServiceSubscriptions } from "../../lib/hooks/subscriptions"
import { SUBSCRIPTION_STATUSES, type ServiceSubscription } from "../../lib/subscription-types"
import { Can, withPermission } from "../../components/can"

const columnHelper = createDataTableColumnHelper<ServiceSubscription>()

const columns = [
  columnHelper.accessor("number", {
    header: "Number",
    cell: ({ getValue }) => <span className="txt-compact-small-plus text-ui-fg-base">{getValue()}</span>,
  }),
  columnHelper.accessor("description", {
    header: "Description",
    cell: ({ getValue }) => <span className="block max-w-[240px] truncate">{getValue()}</span>,
  }),
  columnHelper.display({ id: "customer", header: "Customer", cell: ({ row }) => <CustomerCell customer={row.original.customer} /> }),
  columnHelper.display({ id: "terms", header: "Fee", cell: ({ row }) => formatTerms(row.original) }),
  columnHelper.display({ id: "status", header: "Status", cell: ({ row }) => <SubscriptionStatusBadge status={row.original.status} /> }),
  columnHelper.accessor("next_due_at", { header: "Next billing", cell: ({ getValue }) => formatDate(getValue()) }),
]

/** Service subscriptions: periodic fees, with their status and next billing date. */
const ServiceSubscriptionsPage = () => {
  const navigate = useNavigate()
  const [status, setStatus] = useState(ALL)
  const [customerId, setCustomerId] = useState<string | null>(null)
  const [createOpen, setCreateOpen] = useState(false)
  const list = useListTable({ columns, rowPath: (row) => `/service-subscriptions/${row.id}` })

  const { data, isLoading, isError, error } = useServiceSubscriptions({
    ...list.paging,
    status: unlessAll(status),
    customer_id: customerId ?? undefined,
    order: "-created_at",
  })
  const table = list.useTable({ rows: data?.service_subscriptions, count: data?.count, isLoading })

  return (
    <Container className="divide-y p-0">
      <ListHeader title="Subscriptions" description="Periodic fees, billed by billing runs into Medusa orders.">
        <Button size="small" variant="secondary" asChild>
          <Link to="/subscription-billing-runs" data-testid="billing-runs-link">
            Billing runs
          </Link>
        </Button>
        <Can permission="subscriptions.write">
          <Button size="small" variant="secondary" onClick={() => setCreateOpen(true)} data-testid="create-subscription-button">
            Create
          </Button>
        </Can>
      </ListHeader>
      <DataTable instance={table}>
        <ListToolbar searchPlaceholder="Search number or description">
          <FilterSelect
            value={status}
            onChange={list.filter(setStatus)}
            allLabel="All statuses"
            options={SUBSCRIPTION_STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
            testId="filter-subscription-status"
          />
          <CustomerFilter id="filter-subscription-customer" value={customerId} onChange={list.filter(setCustomerId)} />
        </ListToolbar>
        <DataTableBody
          noun="subscriptions"
          isError={isError}
          error={error}
          empty={{ heading: "No subscriptions", description: "Create a subscription to bill a customer a periodic fee." }}
          filtered={{ heading: "No results", description: "No subscription matches the filters." }}
        />
      </DataTable>
      <SubscriptionDrawer open={createOpen} onOpenChange={setCreateOpen} onSaved={(s) => navigate(`/service-subscriptions/${s.id}`)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Subscriptions", icon: CreditCard, rank: 4 })

export const handle = { breadcrumb: () => "Subscriptions" }

export default withPermission(ServiceSubscriptionsPage, "subscriptions.read", "see service subscriptions")
