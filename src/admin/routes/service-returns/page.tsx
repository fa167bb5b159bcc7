import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUturnLeft } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { withPermission } from "../../components/can"
import { ListPage, unlessAll, useCustomerFilter, useListTable, useSelectFilter } from "../../components/list-page"
import { ReturnStatusBadge } from "../../components/service-return-parts"
import { formatDate } from "../../lib/format"
import { useServiceReturns } from "../../lib/hooks/returns"
import type { ServiceReturn } from "../../../types"
import { RETURN_STATUS_LABELS } from "../../lib/return-format"

const columnHelper = createDataTableColumnHelper<ServiceReturn>()
const columns = [
  columnHelper.accessor("number", { header: "Number" }),
  columnHelper.accessor("status", { header: "Status", cell: ({ row }) => <ReturnStatusBadge status={row.original.status} /> }),
  columnHelper.accessor("order_id", { header: "Order" }),
  columnHelper.display({
    id: "items",
    header: "Items",
    cell: ({ row }) => (row.original.items ?? []).reduce((s, i) => s + Number(i.quantity), 0),
  }),
  columnHelper.accessor("requested_at", { header: "Requested", cell: ({ row }) => formatDate(row.original.requested_at) }),
]

/** Returns for repair: filter by status and customer, search by number or reason, open one. */
const ServiceReturnsPage = () => {
  const [searchParams] = useSearchParams()
  const list = useListTable({ columns, initialSearch: searchParams.get("q") ?? "", rowPath: (row) => `/service-returns/${row.id}` })
  const status = useSelectFilter(list, searchParams.get("status"), {
    allLabel: "All statuses",
    options: Object.entries(RETURN_STATUS_LABELS).map(([value, label]) => ({ value, label })),
    testId: "filter-return-status",
  })
  const customer = useCustomerFilter(list, "filter-return-customer", searchParams.get("customer_id"))
  const query = useServiceReturns({
    ...list.paging,
    status: unlessAll(status.value),
    customer_id: customer.customerId ?? undefined,
    order: "-created_at",
  })
  const table = list.useTable(query, query.data?.service_returns)

  return (
    <ListPage
      testId="service-returns-page"
      title="Returns"
      description="Returns for repair (RMA) of order items; create them from an order's page."
      table={table}
      query={query}
      searchPlaceholder="Search number or reason"
      filters={
        <>
          {status.element}
          {customer.element}
        </>
      }
      noun="service returns"
      empty={{ heading: "No returns", description: "Use “Return for repair” on an order's page." }}
      filtered={{ heading: "No results", description: "No return matches these filters." }}
    />
  )
}

export const config = defineRouteConfig({ label: "Returns", icon: ArrowUturnLeft, rank: 5 })

export default withPermission(ServiceReturnsPage, "service_returns.read", "read service returns")
