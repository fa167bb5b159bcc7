import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Wrench } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import { PriorityBadge, StageBadge } from "../../components/badges"
import { customerColumn, strongCell, truncatedCell } from "../../components/list-columns"
import { ListPage, unlessAll, useCustomerFilter, useListTable, useSelectFilter } from "../../components/list-page"
import { CreateServiceOrderDrawer } from "../../components/create-service-order-drawer"
import { formatDate, formatMoney, formatPercent, humanize, marginPercent } from "../../lib/format"
import { useServiceOrders } from "../../lib/hooks/service-orders"
import { useServiceStages } from "../../lib/hooks/stages"
import { SERVICE_ORDER_PRIORITIES, type ServiceOrder } from "../../../types"
import { withPermission } from "../../components/can"

const columnHelper = createDataTableColumnHelper<ServiceOrder>()

const columns = [
  columnHelper.accessor("number", { header: "Number", cell: strongCell }),
  columnHelper.accessor("title", { header: "Title", cell: truncatedCell("max-w-[260px]") }),
  customerColumn<ServiceOrder>(),
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
  const list = useListTable({ columns, initialSearch: searchParams.get("q") ?? "", rowPath: (row) => `/service-orders/${row.id}` })
  const stages = useServiceStages()
  const stageOptions = useMemo(() => (stages.data?.service_stages ?? []).map((s) => ({ value: s.id, label: s.name })), [stages.data])
  const stage = useSelectFilter(list, searchParams.get("stage_id"), { allLabel: "All stages", options: stageOptions, testId: "filter-stage" })
  const priority = useSelectFilter(list, searchParams.get("priority"), {
    allLabel: "All priorities",
    options: SERVICE_ORDER_PRIORITIES.map((p) => ({ value: p, label: humanize(p) })),
    testId: "filter-priority",
    width: "w-[150px]",
  })
  const customer = useCustomerFilter(list, "filter-customer", searchParams.get("customer_id"))

  const query = useServiceOrders({
    ...list.paging,
    stage_id: unlessAll(stage.value),
    priority: unlessAll(priority.value),
    customer_id: customer.customerId ?? undefined,
    order: "-created_at",
  })
  const table = list.useTable(query, query.data?.service_orders)

  return (
    <ListPage
      title="Service orders"
      description="Jobs for your customers, from request to close."
      create={{
        permission: "service_orders.write",
        testId: "create-service-order-button",
        drawer: (drawer) => <CreateServiceOrderDrawer {...drawer} customerId={customer.customerId} />,
      }}
      table={table}
      query={query}
      searchPlaceholder="Search number or title"
      filters={
        <>
          {stage.element}
          {priority.element}
          {customer.element}
        </>
      }
      noun="service orders"
      empty={{ heading: "No service orders", description: "No service order matches these filters yet. Create one to get started." }}
      filtered={{ heading: "No results", description: "No service order matches the search." }}
    />
  )
}

export const config = defineRouteConfig({ label: "Service", icon: Wrench, rank: 1 })

export const handle = { breadcrumb: () => "Service orders" }

export default withPermission(ServiceOrdersPage, "service_orders.read", "see service orders")
