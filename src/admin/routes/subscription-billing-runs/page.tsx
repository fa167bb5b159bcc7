import { Button, createDataTableColumnHelper, type DataTablePaginationState, DatePicker, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { ListPage } from "../../components/list-page"
import { BillingRunProgress } from "../../components/subscriptions/billing-run-progress"
import { BillingRunStatusBadge } from "../../components/subscriptions/subscription-badges"
import { toastError, toastSuccess } from "../../lib/errors"
import { formatAmounts } from "../../components/subscriptions/subscription-format"
import { formatDate, formatDateTime } from "../../lib/format"
import { useBillingRuns, useStartBillingRun } from "../../lib/hooks/billing-runs"
import type { BillingRun } from "../../../types"
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

/** Billing runs: start one (bills what is due up to a day) and see each run's outcome. */
const BillingRunsPage = () => {
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [asOf, setAsOf] = useState<Date | null>(() => new Date())
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
    // The end of the chosen day (as the API counts days, in UTC): everything due on it is billed.
    const until = asOf
      ? new Date(Date.UTC(asOf.getFullYear(), asOf.getMonth(), asOf.getDate(), 23, 59, 59, 999)).toISOString()
      : undefined
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
    <ListPage
      title="Billing runs"
      description="A run creates the subscription fees due up to a day and invoices them: one Medusa order per customer and currency."
      actions={
        <>
          <div data-testid="billing-run-as-of">
            <DatePicker aria-label="Bill up to" size="small" granularity="day" value={asOf} onChange={setAsOf} />
          </div>
          <Button size="small" onClick={onRun} isLoading={start.isPending} data-testid="start-billing-run">
            Run billing
          </Button>
        </>
      }
      notice={
        start.isPending && (
          <div className="px-6 py-4">
            <BillingRunProgress run={running} />
          </div>
        )
      }
      table={table}
      query={{ isError, error }}
      noun="billing runs"
      empty={{ heading: "No billing runs yet", description: "Runs start daily (plugin option jobs.subscriptionBilling) or from here." }}
      filtered={{ heading: "No results", description: "No run matches." }}
    />
  )
}

export const handle = { breadcrumb: () => "Billing runs" }

export default withPermission(BillingRunsPage, "billing.read", "see billing runs")
