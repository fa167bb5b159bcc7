import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Wrench } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useSearchParams } from "react-router-dom"
import { PriorityBadge, StageBadge } from "../../components/badges"
import { CustomerCell } from "../../components/customer-cell"
import { ALL, CustomerFilter, FilterSelect, ListPage, unlessAll, useListTable } from "../../components/list-page"
import { CreateServiceOrderDrawer } from "../../components/create-service-order-drawer"
import { formatDate, formatMoney, formatPercent, humanize, marginPercent } from "../../lib/format"
import { useServiceOrders } from "../../lib/hooks/service-orders"
import { useServiceStages } from "../../lib/hooks/stages"
import { SERVICE_ORDER_PRIORITIES, type ServiceOrder } from "../../../types"
import { withPermission } from "../../components/can"
import { CreateButton } from "../../components/section"

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
  const [searchParams] = useSearchParams()
  const [stageId, setStageId] = useState(searchParams.get("stage_id") ?? ALL)
  const [priority, setPriority] = useState(searchParams.get("priority") ?? ALL)
  const [customerId, setCustomerId] = useState<string | null>(searchParams.get("customer_id"))
  const [createOpen, setCreateOpen] = useState(false)
  const list = useListTable({ columns, initialSearch: searchParams.get("q") ?? "", rowPath: (row) => `/service-orders/${row.id}` })

  const stages = useServiceStages()
  const { data, isLoading, isError, error } = useServiceOrders({
    ...list.paging,
    stage_id: unlessAll(stageId),
    priority: unlessAll(priority),
    customer_id: customerId ?? undefined,
    order: "-created_at",
  })
  const table = list.useTable({ rows: data?.service_orders, count: data?.count, isLoading })
  const stageOptions = useMemo(() => (stages.data?.service_stages ?? []).map((s) => ({ value: s.id, label: s.name })), [stages.data])

  return (
    <ListPage
      title="Service orders"
      description="Jobs for your customers, from request to close."
      actions={
        <CreateButton permission="service_orders.write" onClick={() => setCreateOpen(true)} testId="create-service-order-button">
          Create
        </CreateButton>
      }
      table={table}
      query={{ isError, error }}
      searchPlaceholder="Search number or title"
      filters={
        <>
          <FilterSelect value={stageId} onChange={list.filter(setStageId)} allLabel="All stages" options={stageOptions} testId="filter-stage" />
          <FilterSelect
            value={priority}
            onChange={list.filter(setPriority)}
            allLabel="All priorities"
            options={SERVICE_ORDER_PRIORITIES.map((p) => ({ value: p, label: humanize(p) }))}
            testId="filter-priority"
            width="w-[150px]"
          />
          <CustomerFilter id="filter-customer" value={customerId} onChange={list.filter(setCustomerId)} />
        </>
      }
      noun="service orders"
      empty={{ heading: "No service orders", description: "No service order matches these filters yet. Create one to get started." }}
      filtered={{ heading: "No results", description: "No service order matches the search." }}
    >
      <CreateServiceOrderDrawer open={createOpen} onOpenChange={setCreateOpen} customerId={customerId} />
    </ListPage>
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

export default withPermission(ServiceOrdersPage, "service_orders.read", "see service orders")
