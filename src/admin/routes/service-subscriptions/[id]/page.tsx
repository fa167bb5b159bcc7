import { useParams } from "react-router-dom"
import { withPermission } from "../../../components/can"
import { DetailState, recordBreadcrumb } from "../../../components/detail-state"
import { TwoColumnLayout } from "../../../components/section-row"
import { SubscriptionFeesSection } from "../../../components/subscriptions/subscription-fees-section"
import { SubscriptionGeneralSection } from "../../../components/subscriptions/subscription-general-section"
import { SubscriptionUpcomingSection } from "../../../components/subscriptions/subscription-upcoming-section"
import { useServiceSubscription } from "../../../lib/hooks/subscriptions"

/** One subscription: its terms and actions, what was billed and what comes next. */
const ServiceSubscriptionDetailPage = () => {
  const { id = "" } = useParams()
  const query = useServiceSubscription(id)
  return (
    <DetailState query={query} record={query.data?.service_subscription} noun="subscription" list={{ path: "/service-subscriptions", label: "subscriptions" }}>
      {(subscription) => (
        <TwoColumnLayout
          main={
            <>
              <SubscriptionGeneralSection subscription={subscription} />
              <SubscriptionFeesSection subscription={subscription} />
            </>
          }
          side={<SubscriptionUpcomingSection subscription={subscription} />}
        />
      )}
    </DetailState>
  )
}

export const handle = recordBreadcrumb(useServiceSubscription, (data) => data?.service_subscription?.number)

export default withPermission(ServiceSubscriptionDetailPage, "subscriptions.read", "see service subscriptions")
