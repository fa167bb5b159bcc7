import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
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
import { useNavigate, useSearchParams } from "react-router-dom"
import { CustomerCombobox } from "../../components/combobox"
import { CustomerCell } from "../../components/customer-cell"
import { DataTableBody } from "../../components/data-table-body"
import { CreateAgreementDrawer } from "../../components/sla/create-agreement-drawer"
import { AgreementStatusBadge } from "../../components/sla/sla-badges"
import { formatDate, humanize } from "../../lib/format"
import { formatDay } from "../../lib/sla-format"
import { AGREEMENT_LIST_FIELDS, useServiceAgreements } from "../../lib/sla-hooks"
import { AGREEMENT_STATUSES, type ServiceAgreement } from "../../lib/sla-types"

const PAGE_SIZE = 20
const ALL = "__all__"
const TEMPLATES = "__templates__"

const columnHelper = createDataTableColumnHelper<ServiceAgreement>()

const columns = [
  columnHelper.accessor("number", {
    header: "Number",
    cell: ({ getValue }) => <span className="txt-compact-small-plus text-ui-fg-base">{getValue()}</span>,
  }),
  columnHelper.accessor("name", {
    header: "Name",
    cell: ({ getValue }) => <span className="block max-w-[220px] truncate">{getValue()}</span>,
  }),
  columnHelper.display({
    id: "customer",
    header: "Customer",
    cell: ({ row }) => (row.original.is_template ? <span className="text-ui-fg-muted">Template</span> : <CustomerCell customer={row.original.customer} />),
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ row }) => <AgreementStatusBadge status={row.original.status} isTemplate={row.original.is_template} />,
  }),
  columnHelper.display({
    id: "validity",
    header: "Validity",
    cell: ({ row }) => `${formatDate(row.original.valid_from)} – ${row.original.valid_to ? formatDate(row.original.valid_to) : "open-ended"}`,
  }),
  columnHelper.display({
    id: "sla",
    header: "SLA",
    cell: ({ row }) => row.original.sla?.name ?? "–",
  }),
  columnHelper.display({
    id: "next",
    header: "Next generation",
    // Only an active agreement generates orders; the API tells the next due date over its lines.
    cell: ({ row }) =>
      row.original.status === "active" && !row.original.is_template ? formatDay(row.original.next_occurrence) : "–",
  }),
]

/** Service agreements: filter by status and customer, search by number or name, open one. */
const ServiceAgreementsPage = () => {
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const [search, setSearch] = useState(searchParams.get("q") ?? "")
  const [status, setStatus] = useState(searchParams.get("status") ?? ALL)
  const [customerId, setCustomerId] = useState<string | null>(searchParams.get("customer_id"))
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [createOpen, setCreateOpen] = useState(false)

  const params = {
    q: search,
    status: status === ALL || status === TEMPLATES ? undefined : status,
    is_template: status === TEMPLATES ? true : status === ALL ? undefined : false,
    customer_id: customerId ?? undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    order: "-created_at",
    fields: AGREEMENT_LIST_FIELDS,
  }
  const { data, isLoading, isError, error } = useServiceAgreements(params)
  const resetPage = () => setPagination((p) => ({ ...p, pageIndex: 0 }))

  const table = useDataTable({
    columns,
    data: data?.service_agreements ?? [],
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
    onRowClick: (_, row) => navigate(`/service-agreements/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Service agreements</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Contracts with your customers, and the service orders they generate.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setCreateOpen(true)} data-testid="create-agreement-button">
          Create
        </Button>
      </div>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div className="flex flex-wrap items-center gap-2">
            <div className="w-[180px]">
              <Select
                size="small"
                value={status}
                onValueChange={(v) => {
                  setStatus(v)
                  resetPage()
                }}
              >
                <Select.Trigger data-testid="filter-agreement-status">
                  <Select.Value placeholder="Status" />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={ALL}>All statuses</Select.Item>
                  {AGREEMENT_STATUSES.map((s) => (
                    <Select.Item key={s} value={s}>
                      {humanize(s)}
                    </Select.Item>
                  ))}
                  <Select.Item value={TEMPLATES}>Templates</Select.Item>
                </Select.Content>
              </Select>
            </div>
            <div className="w-[260px]">
              <CustomerCombobox
                id="filter-agreement-customer"
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
          <DataTable.Search placeholder="Search number or name" />
        </DataTable.Toolbar>
        <DataTableBody
          noun="service agreements"
          isError={isError}
          error={error}
          empty={{ heading: "No service agreements", description: "Create an agreement to generate service orders periodically." }}
          filtered={{ heading: "No results", description: "No agreement matches these filters." }}
        />
      </DataTable>
      <CreateAgreementDrawer open={createOpen} onOpenChange={setCreateOpen} customerId={customerId} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Agreements",
  icon: DocumentText,
  rank: 3,
})

export const handle = {
  breadcrumb: () => "Service agreements",
}

export default ServiceAgreementsPage
