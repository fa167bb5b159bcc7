import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Component } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { WarrantyBadge } from "../../components/badges"
import { CustomerCell } from "../../components/customer-cell"
import { CustomerFilter, ListPage, useListTable } from "../../components/list-page"
import { ServiceObjectDrawer } from "../../components/service-object-drawer"
import { variantLabel } from "../../lib/format"
import { useServiceObjects } from "../../lib/hooks/service-objects"
import type { ServiceObject } from "../../../types"
import { withPermission } from "../../components/can"
import { CreateButton } from "../../components/section"

const columnHelper = createDataTableColumnHelper<ServiceObject>()

const columns = [
  columnHelper.accessor("name", {
    header: "Name",
    cell: ({ getValue }) => <span className="txt-compact-small-plus text-ui-fg-base">{getValue()}</span>,
  }),
  columnHelper.accessor("serial_number", {
    header: "Serial number",
    cell: ({ getValue }) => getValue() || "–",
  }),
  columnHelper.display({
    id: "customer",
    header: "Customer",
    cell: ({ row }) => <CustomerCell customer={row.original.customer} />,
  }),
  columnHelper.display({
    id: "variant",
    header: "Product variant",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <span>{variantLabel(row.original) ?? "–"}</span>
        {row.original.product_variant?.sku && (
          <span className="txt-compact-xsmall text-ui-fg-subtle">{row.original.product_variant.sku}</span>
        )}
      </div>
    ),
  }),
  columnHelper.accessor("warranty_end", {
    header: "Warranty",
    cell: ({ getValue }) => <WarrantyBadge warrantyEnd={getValue()} />,
  }),
]

/** The customers' serviced assets: search by name or serial number, filter by customer. */
const ServiceObjectsPage = () => {
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const [customerId, setCustomerId] = useState<string | null>(searchParams.get("customer_id"))
  const [createOpen, setCreateOpen] = useState(false)
  const list = useListTable({ columns, initialSearch: searchParams.get("q") ?? "", rowPath: (row) => `/service-objects/${row.id}` })

  const { data, isLoading, isError, error } = useServiceObjects({ ...list.paging, customer_id: customerId ?? undefined, order: "-created_at" })
  const table = list.useTable({ rows: data?.service_objects, count: data?.count, isLoading })

  return (
    <ListPage
      title="Service objects"
      description="The products your customers own and you service."
      actions={
        <CreateButton permission="service_objects.write" onClick={() => setCreateOpen(true)} testId="create-service-object-button">
          Create
        </CreateButton>
      }
      table={table}
      query={{ isError, error }}
      searchPlaceholder="Search name or serial number"
      filters={<CustomerFilter id="filter-object-customer" value={customerId} onChange={list.filter(setCustomerId)} />}
      noun="service objects"
      empty={{ heading: "No service objects", description: "Register the products your customers own to service them." }}
      filtered={{ heading: "No results", description: "No service object matches the search." }}
    >
      <ServiceObjectDrawer
        open={createOpen}
        onOpenChange={setCreateOpen}
        defaults={customerId ? { customer_id: customerId } : undefined}
        onSaved={(o) => navigate(`/service-objects/${o.id}`)}
      />
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "Service objects",
  icon: Component,
  rank: 2,
})

export const handle = {
  breadcrumb: () => "Service objects",
}

export default withPermission(ServiceObjectsPage, "service_objects.read", "see service objects")
