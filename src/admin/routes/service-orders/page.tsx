import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Wrench } from "@medusajs/icons"
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
import { useMemo, useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { PriorityBadge, StageBadge } from "../../components/badges"
import { CustomerCombobox } from "../../components/combobox"
import { CustomerCell } from "../../components/customer-cell"
import { DataTableBody } from "../../components/data-table-body"
import { CreateServiceOrderDrawer } from "../../components/create-service-order-drawer"
import { formatDate, formatMoney, formatPercent, humanize, marginPercent } from "../../lib/format"
import { useServiceOrders, useServiceStages } from "../../lib/hooks"
import { PRIORITIES, type ServiceOrder } from "../../lib/types"

const PAGE_SIZE = 20
const ALL = "__all__"

const columnHelper = createDataTableColumnHelper<ServiceOrder>()

const columns = [
  columnHelper.accessor("number", {
    header: "Number",
    cell: ({ getValue }) => <span className="txt-compact-small-plus text-ui-fg-base">{getValue()}</span>,
  }),
  columnHelper.accessor("title", {
    header: "Title",
    cell: ({ getValue }) => <span className="block max-w-[260px] truncate">{getValue() || "–"}</span>,
  }),
  columnHelper.display({
    id: "customer",
    header: "Customer",
    cell: ({ row }) => <CustomerCell customer={row.original.customer} />,
  }),
  columnHelper.display({
    id: "stage",
    header: "Stage",
    cell: ({ row }) => <StageBadge stage={row.original.stage} />,
  }),
  columnHelper.accessor("priority", {
    header: "Priority",
    cell: ({ getValue }) => <PriorityBadge priority={getValue()} />,
  }),
  columnHelper.display({
    id: "revenue",
    header: "Revenue / margin",
    cell: ({ row }) => {
      const o = row.original
      return (
        <div className="flex flex-col">
          <span className="text-ui-fg-base">{formatMoney(o.revenue_total, o.currency_code)}</span>
          <span className="txt-compact-xsmall text-ui-fg-subtle">
            {formatMoney(o.margin_total, o.currency_code)} · {formatPercent(marginPercent(o.revenue_total, o.margin_total))}
          </span>
        </div>
      )
    },
  }),
  columnHelper.accessor("created_at", {
    header: "Created",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
]

/** Service orders: filter by stage, priority and customer, search by number or title, open one. */
const ServiceOrdersPage = () => {
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const [search, setSearch] = useState(searchParams.get("q") ?? "")
  const [stageId, setStageId] = useState(searchParams.get("stage_id") ?? ALL)
  const [priority, setPriority] = useState(searchParams.get("priority") ?? ALL)
  const [customerId, setCustomerId] = useState<string | null>(searchParams.get("customer_id"))
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [createOpen, setCreateOpen] = useState(false)

  const stages = useServiceStages()
  const params = {
    q: search,
    stage_id: stageId === ALL ? undefined : stageId,
    priority: priority === ALL ? undefined : priority,
    customer_id: customerId ?? undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    order: "-created_at",
  }
  const { data, isLoading, isError, error } = useServiceOrders(params)

  const resetPage = () => setPagination((p) => ({ ...p, pageIndex: 0 }))

  const table = useDataTable({
    columns,
    data: data?.service_orders ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: {
      state: search,
      onSearchChange: (q) => {
        setSearch(q)
        resetPage()
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/service-orders/${row.id}`),
  })

  const stageOptions = useMemo(() => stages.data?.service_stages ?? [], [stages.data])

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Service orders</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Jobs for your customers, from request to close.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setCreateOpen(true)} data-testid="create-service-order-button">
          Create
        </Button>
      </div>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div className="flex flex-wrap items-center gap-2">
            <div className="w-[180px]">
              <Select
                size="small"
                value={stageId}
                onValueChange={(v) => {
                  setStageId(v)
                  resetPage()
                }}
              >
                <Select.Trigger data-testid="filter-stage">
                  <Select.Value placeholder="Stage" />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={ALL}>All stages</Select.Item>
                  {stageOptions.map((s) => (
                    <Select.Item key={s.id} value={s.id}>
                      {s.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="w-[150px]">
              <Select
                size="small"
                value={priority}
                onValueChange={(v) => {
                  setPriority(v)
                  resetPage()
                }}
              >
                <Select.Trigger data-testid="filter-priority">
                  <Select.Value placeholder="Priority" />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={ALL}>All priorities</Select.Item>
                  {PRIORITIES.map((p) => (
                    <Select.Item key={p} value={p}>
                      {humanize(p)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="w-[260px]">
              <CustomerCombobox
                id="filter-customer"
                value={customerId}
                floating
                placeholder="Filter by customer"
                onChange={(id) => {
                  setCustomerId(id)
                  resetPage()
                }}
              />
            </div>
          </div>
          <DataTable.Search placeholder="Search number or title" />
        </DataTable.Toolbar>
        <DataTableBody
          noun="service orders"
          isError={isError}
          error={error}
          empty={{ heading: "No service orders", description: "No service order matches these filters yet. Create one to get started." }}
          filtered={{ heading: "No results", description: "No service order matches the search." }}
        />
      </DataTable>
      <CreateServiceOrderDrawer open={createOpen} onOpenChange={setCreateOpen} customerId={customerId} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Service",
  icon: Wrench,
  rank: 1,
})

export const handle = {
  breadcrumb: () => "Service orders",
}

export default ServiceOrdersPage
