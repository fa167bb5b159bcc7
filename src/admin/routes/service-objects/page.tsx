import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Component } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { WarrantyBadge } from "../../components/badges"
import { CustomerCombobox } from "../../components/combobox"
import { CustomerCell } from "../../components/customer-cell"
import { DataTableBody } from "../../components/data-table-body"
import { ServiceObjectDrawer } from "../../components/service-object-drawer"
import { variantLabel } from "../../lib/format"
import { useServiceObjects } from "../../lib/hooks"
import type { ServiceObject } from "../../lib/types"

const PAGE_SIZE = 20
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
  const [search, setSearch] = useState(searchParams.get("q") ?? "")
  const [customerId, setCustomerId] = useState<string | null>(searchParams.get("customer_id"))
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [createOpen, setCreateOpen] = useState(false)

  const { data, isLoading, isError, error } = useServiceObjects({
    q: search,
    customer_id: customerId ?? undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    order: "-created_at",
  })

  const table = useDataTable({
    columns,
    data: data?.service_objects ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: {
      state: search,
      onSearchChange: (q) => {
        setSearch(q)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/service-objects/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Service objects</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The products your customers own and you service.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setCreateOpen(true)} data-testid="create-service-object-button">
          Create
        </Button>
      </div>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div className="w-[260px]">
            <CustomerCombobox
              id="filter-object-customer"
              value={customerId}
              floating
              placeholder="Filter by customer"
              onChange={(id) => {
                setCustomerId(id)
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
            />
          </div>
          <DataTable.Search placeholder="Search name or serial number" />
        </DataTable.Toolbar>
        <DataTableBody
          noun="service objects"
          isError={isError}
          error={error}
          empty={{ heading: "No service objects", description: "Register the products your customers own to service them." }}
          filtered={{ heading: "No results", description: "No service object matches the search." }}
        />
      </DataTable>
      <ServiceObjectDrawer
        open={createOpen}
        onOpenChange={setCreateOpen}
        defaults={customerId ? { customer_id: customerId } : undefined}
        onSaved={(o) => navigate(`/service-objects/${o.id}`)}
      />
    </Container>
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

export default ServiceObjectsPage
