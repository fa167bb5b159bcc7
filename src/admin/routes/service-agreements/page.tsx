import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { strongCell, truncatedCell } from "../../components/list-columns"
import { ALL, ListPage, unlessAll, useCustomerFilter, useListTable, useSelectFilter } from "../../components/list-page"
import { CustomerCell } from "../../components/customer-cell"
import { CreateAgreementDrawer } from "../../components/sla/create-agreement-drawer"
import { AgreementStatusBadge } from "../../components/sla/sla-badges"
import { formatDate, humanize } from "../../lib/format"
import { formatDay } from "../../lib/sla-format"
import { AGREEMENT_LIST_FIELDS, useServiceAgreements } from "../../lib/hooks/service-agreements"
import { SERVICE_AGREEMENT_STATUSES, type ServiceAgreement } from "../../../types"
import { withPermission } from "../../components/can"

const TEMPLATES = "__templates__"

const columnHelper = createDataTableColumnHelper<ServiceAgreement>()

const columns = [
  columnHelper.accessor("number", { header: "Number", cell: strongCell }),
  columnHelper.accessor("name", { header: "Name", cell: truncatedCell("max-w-[220px]") }),
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
  const list = useListTable({ columns, initialSearch: searchParams.get("q") ?? "", rowPath: (row) => `/service-agreements/${row.id}` })
  const status = useSelectFilter(list, searchParams.get("status"), {
    allLabel: "All statuses",
    options: [...SERVICE_AGREEMENT_STATUSES.map((s) => ({ value: s, label: humanize(s) })), { value: TEMPLATES, label: "Templates" }],
    testId: "filter-agreement-status",
  })
  const customer = useCustomerFilter(list, "filter-agreement-customer", searchParams.get("customer_id"))

  const query = useServiceAgreements({
    ...list.paging,
    status: status.value === TEMPLATES ? undefined : unlessAll(status.value),
    is_template: status.value === TEMPLATES ? true : status.value === ALL ? undefined : false,
    customer_id: customer.customerId ?? undefined,
    order: "-created_at",
    fields: AGREEMENT_LIST_FIELDS,
  })
  const table = list.useTable(query, query.data?.service_agreements)

  return (
    <ListPage
      title="Service agreements"
      description="Contracts with your customers, and the service orders they generate."
      create={{
        permission: "agreements.write",
        testId: "create-agreement-button",
        drawer: (drawer) => <CreateAgreementDrawer {...drawer} customerId={customer.customerId} />,
      }}
      table={table}
      query={query}
      searchPlaceholder="Search number or name"
      filters={
        <>
          {status.element}
          {customer.element}
        </>
      }
      noun="service agreements"
      empty={{ heading: "No service agreements", description: "Create an agreement to generate service orders periodically." }}
      filtered={{ heading: "No results", description: "No agreement matches these filters." }}
    />
  )
}

export const config = defineRouteConfig({ label: "Agreements", icon: DocumentText, rank: 3 })

export const handle = { breadcrumb: () => "Service agreements" }

export default withPermission(ServiceAgreementsPage, "agreements.read", "see service agreements")
