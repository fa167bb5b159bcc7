import { useParams, type UIMatch } from "react-router-dom"
import { withPermission } from "../../../components/can"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { TwoColumnLayout } from "../../../components/section-row"
import { BillingRunErrorsSection } from "../../../components/subscriptions/billing-run-errors-section"
import { BillingRunFeesSection } from "../../../components/subscriptions/billing-run-fees-section"
import { BillingRunGeneralSection } from "../../../components/subscriptions/billing-run-general-section"
import { formatDateTime } from "../../../lib/format"
import { useBillingRun } from "../../../lib/hooks/billing-runs"

/** One billing run: its figures, the customers that failed, and the fees it invoiced. */
const BillingRunDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useBillingRun(id)
  if (isLoading) {
    return <DetailLoading noun="billing run" />
  }
  if (isError || !data?.subscription_billing_run) {
    return <DetailNotFound noun="Billing run" error={error} listPath="/subscription-billing-runs" listLabel="billing runs" />
  }
  const run = data.subscription_billing_run
  return (
    <TwoColumnLayout
      main={
        <>
          <BillingRunGeneralSection run={run} />
          <BillingRunFeesSection runId={run.id} />
        </>
      }
      side={<BillingRunErrorsSection run={run} />}
    />
  )
}

const Breadcrumb = ({ id }: { id: string }) => {
  const { data } = useBillingRun(id)
  return <span>{data?.subscription_billing_run ? formatDateTime(data.subscription_billing_run.started_at) : id}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id ?? ""} />,
}

export default withPermission(BillingRunDetailPage, "billing.read", "see billing runs")
