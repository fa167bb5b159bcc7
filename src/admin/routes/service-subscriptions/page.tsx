import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Select,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CustomerCombobox } from "../../components/combobox"
import { CustomerCell } from "../../components/customer-cell"
import { DataTableBody } from "../../components/data-table-body"
import { SubscriptionStatusBadge } from "../../components/subscriptions/subscription-badges"
import { SubscriptionDrawer } from "../../components/subscriptions/subscription-drawer"
import { formatTerms } from "../../components/subscriptions/subscription-format"
import { formatDate } from "../../lib/format"
import { useServiceSubscriptions } from "../../lib/subscription-hooks"
import type { ServiceSubscription } from "../../lib/subscription-types"

const PAGE_SIZE = 20
const ALL = "__all__"
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
  const [search, setSearch] = useState("")
  const [status, setStatus] = useState(ALL)
  const [customerId, setCustomerId] = useState<string | null>(null)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [createOpen, setCreateOpen] = useState(false)
  const firstPage = () => setPagination((p) => ({ ...p, pageIndex: 0 }))

  const { data, isLoading, isError, error } = useServiceSubscriptions({
    q: search,
    status: status === ALL ? undefined : status,
    customer_id: customerId ?? undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    order: "-created_at",
  })

  const table = useDataTable({
    columns,
    data: data?.service_subscriptions ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: { state: search, onSearchChange: (q) => (setSearch(q), firstPage()) },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/service-subscriptions/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Subscriptions</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Periodic fees, billed by billing runs into Medusa orders.
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/subscription-billing-runs" data-testid="billing-runs-link">
              Billing runs
            </Link>
          </Button>
          <Button size="small" variant="secondary" onClick={() => setCreateOpen(true)} data-testid="create-subscription-button">
            Create
          </Button>
        </div>
      </div>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div className="flex gap-x-2">
            <div className="w-[180px]">
              <Select value={status} onValueChange={(v) => (setStatus(v), firstPage())}>
                <Select.Trigger data-testid="filter-subscription-status">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={ALL}>All statuses</Select.Item>
                  <Select.Item value="active">Active</Select.Item>
                  <Select.Item value="paused">Paused</Select.Item>
                  <Select.Item value="cancelled">Cancelled</Select.Item>
                </Select.Content>
              </Select>
            </div>
            <div className="w-[240px]">
              <CustomerCombobox
                id="filter-subscription-customer"
                value={customerId}
                floating
                placeholder="Filter by customer"
                onChange={(id) => (setCustomerId(id), firstPage())}
              />
            </div>
          </div>
          <DataTable.Search placeholder="Search number or description" />
        </DataTable.Toolbar>
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

export default ServiceSubscriptionsPage
