import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { Button, createDataTableColumnHelper } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CustomerCell } from "../../components/customer-cell"
import { ALL, CustomerFilter, FilterSelect, ListPage, unlessAll, useListTable } from "../../components/list-page"
import { SubscriptionStatusBadge } from "../../components/subscriptions/subscription-badges"
import { SubscriptionDrawer } from "../../components/subscriptions/subscription-drawer"
import { formatTerms } from "../../components/subscriptions/subscription-format"
import { formatDate, humanize } from "../../lib/format"
import { useServiceSubscriptions } from "../../lib/hooks/subscriptions"
import { SERVICE_SUBSCRIPTION_STATUSES, type ServiceSubscription } from "../../../types"
import { withPermission } from "../../components/can"
import { CreateButton } from "../../components/section"

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
    <ListPage
      title="Subscriptions"
      description="Periodic fees, billed by billing runs into Medusa orders."
      actions={
        <>
          <Button size="small" variant="secondary" asChild>
            <Link to="/subscription-billing-runs" data-testid="billing-runs-link">
              Billing runs
            </Link>
          </Button>
          <CreateButton permission="subscriptions.write" onClick={() => setCreateOpen(true)} testId="create-subscription-button">
            Create
          </CreateButton>
        </>
      }
      table={table}
      query={{ isError, error }}
      searchPlaceholder="Search number or description"
      filters={
        <>
          <FilterSelect
            value={status}
            onChange={list.filter(setStatus)}
            allLabel="All statuses"
            options={SERVICE_SUBSCRIPTION_STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
            testId="filter-subscription-status"
          />
          <CustomerFilter id="filter-subscription-customer" value={customerId} onChange={list.filter(setCustomerId)} />
        </>
      }
      noun="subscriptions"
      empty={{ heading: "No subscriptions", description: "Create a subscription to bill a customer a periodic fee." }}
      filtered={{ heading: "No results", description: "No subscription matches the filters." }}
    >
      <SubscriptionDrawer open={createOpen} onOpenChange={setCreateOpen} onSaved={(s) => navigate(`/service-subscriptions/${s.id}`)} />
    </ListPage>
  )
}

export const config = defineRouteConfig({ label: "Subscriptions", icon: CreditCard, rank: 4 })

export const handle = { breadcrumb: () => "Subscriptions" }

export default withPermission(ServiceSubscriptionsPage, "subscriptions.read", "see service subscriptions")
