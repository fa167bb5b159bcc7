import { Button, Container, createDataTableColumnHelper, DataTable, type DataTablePaginationState, Heading, Input, Text, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { DataTableBody } from "../../components/data-table-body"
import { BillingRunStatusBadge } from "../../components/subscriptions/subscription-badges"
import { toastError, toastSuccess } from "../../lib/errors"
import { formatAmounts } from "../../components/subscriptions/subscription-format"
import { formatDate, formatDateTime, toDateInput } from "../../lib/format"
import { useBillingRuns, useStartBillingRun } from "../../lib/hooks/billing-runs"
import type { BillingRun } from "../../lib/subscription-types"
import { withPermission } from "../../components/can"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<BillingRun>()

const columns = [
  columnHelper.accessor("started_at", { header: "Started", cell: ({ getValue }) => formatDateTime(getValue()) }),
  columnHelper.accessor("as_of", { header: "Bills up to", cell: ({ getValue }) => formatDate(getValue()) }),
  columnHelper.display({ id: "status", header: "Status", cell: ({ row }) => <BillingRunStatusBadge status={row.original.status} /> }),
  columnHelper.accessor("transactions_invoiced", { header: "Fees invoiced" }),
  columnHelper.accessor("orders_created", { header: "Orders" }),
  columnHelper.display({ id: "amount", header: "Amount", cell: ({ row }) => formatAmounts(row.original.amounts) }),
  columnHelper.display({ id: "errors", header: "Failed customers", cell: ({ row }) => (row.original.errors ?? []).length }),
]

/** A run in progress: customers invoiced out of those due, read from the run record while it works. */
const RunProgress = ({ run }: { run?: BillingRun }) => {
  if (!run) {
    return <Text size="small">Starting the run…</Text>
  }
  const pct = run.groups_total ? Math.round((run.groups_done / run.groups_total) * 100) : 0
  return (
    <div className="flex flex-col gap-y-1" data-testid="billing-run-progress">
      <Text size="small">
        {run.groups_total ? `Invoicing: ${run.groups_done} of ${run.groups_total} customer invoices` : `Creating fee transactions (${run.transactions_created})…`}
      </Text>
      <div className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full">
        <div className="bg-ui-fg-interactive h-2 transition-all" style={{ width: `${pct}%` }} />
      </div>
    </div>
  )
}

/** Billing runs: start one (bills what is due up to a day) and see each run's outcome. */
const BillingRunsPage = () => {
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [asOf, setAsOf] = useState(toDateInput(new Date().toISOString()))
  const start = useStartBillingRun()
  const { data, isLoading, isError, error } = useBillingRuns(
    { limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize, order: "-started_at" },
    { refetchInterval: start.isPending ? 1000 : false }
  )
  const runs = data?.subscription_billing_runs ?? []
  const running = runs.find((r) => r.status === "running")

  const table = useDataTable({
    columns,
    data: runs,
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/subscription-billing-runs/${row.id}`),
  })

  const onRun = () => {
    // The end of the chosen day: everything due on it is billed.
    const until = asOf ? new Date(`${asOf}T23:59:59.999Z`).toISOString() : undefined
    start.mutate(
      { as_of: until },
      {
        onSuccess: ({ subscription_billing_run: run }) =>
          toastSuccess(`Billing run finished: ${run.transactions_invoiced} fee(s) invoiced in ${run.orders_created} order(s)`),
        onError: toastError,
      }
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex items-center justify-between">
          <div>
            <Heading>Billing runs</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              A run creates the subscription fees due up to a day and invoices them: one Medusa order per customer and currency.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <Input type="date" size="small" value={asOf} onChange={(e) => setAsOf(e.target.value)} data-testid="billing-run-as-of" />
            <Button size="small" onClick={onRun} isLoading={start.isPending} data-testid="start-billing-run">
              Run billing
            </Button>
          </div>
        </div>
        {start.isPending && <RunProgress run={running} />}
      </div>
      <DataTable instance={table}>
        <DataTableBody
          noun="billing runs"
          isError={isError}
          error={error}
          empty={{ heading: "No billing runs yet", description: "Runs start daily (plugin option jobs.subscriptionBilling) or from here." }}
          filtered={{ heading: "No results", description: "No run matches." }}
        />
      </DataTable>
    </Container>
  )
}

export const handle = { breadcrumb: () => "Billing runs" }

export default withPermission(BillingRunsPage, "billing.read", "see billing runs")
