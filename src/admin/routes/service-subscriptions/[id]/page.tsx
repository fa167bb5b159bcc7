import { useParams, type UIMatch } from "react-router-dom"
import { withPermission } from "../../../components/can"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { TwoColumnLayout } from "../../../components/section-row"
import { SubscriptionFeesSection } from "../../../components/subscriptions/subscription-fees-section"
import { SubscriptionGeneralSection } from "../../../components/subscriptions/subscription-general-section"
import { SubscriptionUpcomingSection } from "../../../components/subscriptions/subscription-upcoming-section"
import { useServiceSubscription } from "../../../lib/hooks/subscriptions"

/** One subscription: its terms and actions, what was billed and what comes next. */
const ServiceSubscriptionDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useServiceSubscription(id)
  if (isLoading) {
    return <DetailLoading noun="subscription" />
  }
  if (isError || !data?.service_subscription) {
    return <DetailNotFound noun="Subscription" error={error} listPath="/service-subscriptions" listLabel="subscriptions" />
  }
  const subscription = data.service_subscription
  return (
    <TwoColumnLayout
      main={
        <>
          <SubscriptionGeneralSection subscription={subscription} />
          <SubscriptionFeesSection subscription={subscription} />
        </>
      }
      side={<SubscriptionUpcomingSection subscription={subscription} />}
    />
  )
}

const Breadcrumb = ({ id }: { id: string }) => {
  const { data } = useServiceSubscription(id)
  return <span>{data?.service_subscription?.number ?? id}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id ?? ""} />,
}

export default withPermission(ServiceSubscriptionDetailPage, "subscriptions.read", "see service subscriptions")
