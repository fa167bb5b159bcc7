import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { CustomerCell } from "../../components/customer-cell"
import { ALL, CustomerFilter, FilterSelect, ListPage, unlessAll, useListTable } from "../../components/list-page"
import { CreateAgreementDrawer } from "../../components/sla/create-agreement-drawer"
import { AgreementStatusBadge } from "../../components/sla/sla-badges"
import { formatDate, humanize } from "../../lib/format"
import { formatDay } from "../../lib/sla-format"
import { AGREEMENT_LIST_FIELDS, useServiceAgreements } from "../../lib/hooks/service-agreements"
import { SERVICE_AGREEMENT_STATUSES, type ServiceAgreement } from "../../../types"
import { withPermission } from "../../components/can"
import { CreateButton } from "../../components/section"

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
  const [searchParams] = useSearchParams()
  const [status, setStatus] = useState(searchParams.get("status") ?? ALL)
  const [customerId, setCustomerId] = useState<string | null>(searchParams.get("customer_id"))
  const [createOpen, setCreateOpen] = useState(false)
  const list = useListTable({ columns, initialSearch: searchParams.get("q") ?? "", rowPath: (row) => `/service-agreements/${row.id}` })

  const { data, isLoading, isError, error } = useServiceAgreements({
    ...list.paging,
    status: status === TEMPLATES ? undefined : unlessAll(status),
    is_template: status === TEMPLATES ? true : status === ALL ? undefined : false,
    customer_id: customerId ?? undefined,
    order: "-created_at",
    fields: AGREEMENT_LIST_FIELDS,
  })
  const table = list.useTable({ rows: data?.service_agreements, count: data?.count, isLoading })

  return (
    <ListPage
      title="Service agreements"
      description="Contracts with your customers, and the service orders they generate."
      actions={
        <CreateButton permission="agreements.write" onClick={() => setCreateOpen(true)} testId="create-agreement-button">
          Create
        </CreateButton>
      }
      table={table}
      query={{ isError, error }}
      searchPlaceholder="Search number or name"
      filters={
        <>
          <FilterSelect
            value={status}
            onChange={list.filter(setStatus)}
            allLabel="All statuses"
            options={[...SERVICE_AGREEMENT_STATUSES.map((s) => ({ value: s, label: humanize(s) })), { value: TEMPLATES, label: "Templates" }]}
            testId="filter-agreement-status"
          />
          <CustomerFilter id="filter-agreement-customer" value={customerId} onChange={list.filter(setCustomerId)} />
        </>
      }
      noun="service agreements"
      empty={{ heading: "No service agreements", description: "Create an agreement to generate service orders periodically." }}
      filtered={{ heading: "No results", description: "No agreement matches these filters." }}
    >
      <CreateAgreementDrawer open={createOpen} onOpenChange={setCreateOpen} customerId={customerId} />
    </ListPage>
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

export default withPermission(ServiceAgreementsPage, "agreements.read", "see service agreements")
