import { useParams } from "react-router-dom"
import { withPermission } from "../../../components/can"
import { DetailState, recordBreadcrumb } from "../../../components/detail-state"
import { TwoColumnLayout } from "../../../components/section-row"
import { BillingRunErrorsSection } from "../../../components/subscriptions/billing-run-errors-section"
import { BillingRunFeesSection } from "../../../components/subscriptions/billing-run-fees-section"
import { BillingRunGeneralSection } from "../../../components/subscriptions/billing-run-general-section"
import { formatDateTime } from "../../../lib/format"
import { useBillingRun } from "../../../lib/hooks/billing-runs"

/** One billing run: its figures, the customers that failed, and the fees it invoiced. */
const BillingRunDetailPage = () => {
  const { id = "" } = useParams()
  const query = useBillingRun(id)
  return (
    <DetailState query={query} record={query.data?.subscription_billing_run} noun="billing run" list={{ path: "/subscription-billing-runs", label: "billing runs" }}>
      {(run) => (
        <TwoColumnLayout
          main={
            <>
              <BillingRunGeneralSection run={run} />
              <BillingRunFeesSection runId={run.id} />
            </>
          }
          side={<BillingRunErrorsSection run={run} />}
        />
      )}
    </DetailState>
  )
}

export const handle = recordBreadcrumb(useBillingRun, (data) =>
  data?.subscription_billing_run ? formatDateTime(data.subscription_billing_run.started_at) : null
)

export default withPermission(BillingRunDetailPage, "billing.read", "see billing runs")
