import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { Button, createDataTableColumnHelper } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { customerColumn, strongCell, truncatedCell } from "../../components/list-columns"
import { ListPage, unlessAll, useCustomerFilter, useListTable, useSelectFilter } from "../../components/list-page"
import { SubscriptionStatusBadge } from "../../components/subscriptions/subscription-badges"
import { SubscriptionDrawer } from "../../components/subscriptions/subscription-drawer"
import { formatTerms } from "../../components/subscriptions/subscription-format"
import { formatDate, humanize } from "../../lib/format"
import { useServiceSubscriptions } from "../../lib/hooks/subscriptions"
import { SERVICE_SUBSCRIPTION_STATUSES, type ServiceSubscription } from "../../../types"
import { withPermission } from "../../components/can"

const columnHelper = createDataTableColumnHelper<ServiceSubscription>()

const columns = [
  columnHelper.accessor("number", { header: "Number", cell: strongCell }),
  columnHelper.accessor("description", { header: "Description", cell: truncatedCell("max-w-[240px]") }),
  customerColumn<ServiceSubscription>(),
  columnHelper.display({ id: "terms", header: "Fee", cell: ({ row }) => formatTerms(row.original) }),
  columnHelper.display({ id: "status", header: "Status", cell: ({ row }) => <SubscriptionStatusBadge status={row.original.status} /> }),
  columnHelper.accessor("next_due_at", { header: "Next billing", cell: ({ getValue }) => formatDate(getValue()) }),
]

/** Service subscriptions: periodic fees, with their status and next billing date. */
const ServiceSubscriptionsPage = () => {
  const navigate = useNavigate()
  const list = useListTable({ columns, rowPath: (row) => `/service-subscriptions/${row.id}` })
  const status = useSelectFilter(list, null, {
    allLabel: "All statuses",
    options: SERVICE_SUBSCRIPTION_STATUSES.map((s) => ({ value: s, label: humanize(s) })),
    testId: "filter-subscription-status",
  })
  const customer = useCustomerFilter(list, "filter-subscription-customer")

  const query = useServiceSubscriptions({
    ...list.paging,
    status: unlessAll(status.value),
    customer_id: customer.customerId ?? undefined,
    order: "-created_at",
  })
  const table = list.useTable(query, query.data?.service_subscriptions)

  return (
    <ListPage
      title="Subscriptions"
      description="Periodic fees, billed by billing runs into Medusa orders."
      actions={
        <Button size="small" variant="secondary" asChild>
          <Link to="/subscription-billing-runs" data-testid="billing-runs-link">
            Billing runs
          </Link>
        </Button>
      }
      create={{
        permission: "subscriptions.write",
        testId: "create-subscription-button",
        drawer: (drawer) => <SubscriptionDrawer {...drawer} onSaved={(s) => navigate(`/service-subscriptions/${s.id}`)} />,
      }}
      table={table}
      query={query}
      searchPlaceholder="Search number or description"
      filters={
        <>
          {status.element}
          {customer.element}
        </>
      }
      noun="subscriptions"
      empty={{ heading: "No subscriptions", description: "Create a subscription to bill a customer a periodic fee." }}
      filtered={{ heading: "No results", description: "No subscription matches the filters." }}
    />
  )
}

export const config = defineRouteConfig({ label: "Subscriptions", icon: CreditCard, rank: 4 })

export const handle = { breadcrumb: () => "Subscriptions" }

export default withPermission(ServiceSubscriptionsPage, "subscriptions.read", "see service subscriptions")
