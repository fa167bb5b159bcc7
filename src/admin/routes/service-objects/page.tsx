import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Component } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useNavigate, useSearchParams } from "react-router-dom"
import { WarrantyBadge } from "../../components/badges"
import { customerColumn, strongCell } from "../../components/list-columns"
import { ListPage, useCustomerFilter, useListTable } from "../../components/list-page"
import { ServiceObjectDrawer } from "../../components/service-object-drawer"
import { variantLabel } from "../../lib/format"
import { useServiceObjects } from "../../lib/hooks/service-objects"
import type { ServiceObject } from "../../../types"
import { withPermission } from "../../components/can"

const columnHelper = createDataTableColumnHelper<ServiceObject>()

const columns = [
  columnHelper.accessor("name", { header: "Name", cell: strongCell }),
  columnHelper.accessor("serial_number", { header: "Serial number", cell: ({ getValue }) => getValue() || "–" }),
  customerColumn<ServiceObject>(),
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
  const list = useListTable({ columns, initialSearch: searchParams.get("q") ?? "", rowPath: (row) => `/service-objects/${row.id}` })
  const customer = useCustomerFilter(list, "filter-object-customer", searchParams.get("customer_id"))

  const query = useServiceObjects({ ...list.paging, customer_id: customer.customerId ?? undefined, order: "-created_at" })
  const table = list.useTable(query, query.data?.service_objects)

  return (
    <ListPage
      title="Service objects"
      description="The products your customers own and you service."
      create={{
        permission: "service_objects.write",
        testId: "create-service-object-button",
        drawer: (drawer) => (
          <ServiceObjectDrawer
            {...drawer}
            defaults={customer.customerId ? { customer_id: customer.customerId } : undefined}
            onSaved={(o) => navigate(`/service-objects/${o.id}`)}
          />
        ),
      }}
      table={table}
      query={query}
      searchPlaceholder="Search name or serial number"
      filters={customer.element}
      noun="service objects"
      empty={{ heading: "No service objects", description: "Register the products your customers own to service them." }}
      filtered={{ heading: "No results", description: "No service object matches the search." }}
    />
  )
}

export const config = defineRouteConfig({ label: "Service objects", icon: Component, rank: 2 })

export const handle = { breadcrumb: () => "Service objects" }

export default withPermission(ServiceObjectsPage, "service_objects.read", "see service objects")
