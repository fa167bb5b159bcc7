import { useParams } from "react-router-dom"
import { withPermission } from "../../../components/can"
import { DetailState, recordBreadcrumb } from "../../../components/detail-state"
import { ServiceOrderAssignmentsSection } from "../../../components/dispatch/service-order-assignments-section"
import { ServiceOrderPostingSection } from "../../../components/posting/service-order-posting-section"
import { ServiceOrderRepairsSection } from "../../../components/repairs/service-order-repairs-section"
import { TwoColumnLayout } from "../../../components/section-row"
import { ServiceOrderEstimateSection } from "../../../components/service-orders/service-order-estimate-section"
import { ServiceOrderGeneralSection } from "../../../components/service-orders/service-order-general-section"
import { ServiceOrderHistorySection } from "../../../components/service-orders/service-order-history-section"
import { ServiceOrderLinesSection } from "../../../components/service-orders/service-order-lines-section"
import { ServiceOrderTotalsSection } from "../../../components/service-orders/service-order-totals-section"
import { ServiceOrderSlaSection } from "../../../components/sla/service-order-sla-section"
import { useServiceOrder } from "../../../lib/hooks/service-orders"
import { useServiceStages } from "../../../lib/hooks/stages"

/** One service order: header, lines, repairs, SLA, assignments, totals, estimate, posting and the stage history. */
const ServiceOrderDetailPage = () => {
  const { id = "" } = useParams()
  const query = useServiceOrder(id)
  const allStages = useServiceStages().data?.service_stages ?? []

  return (
    <DetailState query={query} record={query.data?.service_order} noun="service order" list={{ path: "/service-orders", label: "service orders" }}>
      {(order) => (
        <TwoColumnLayout
          main={
            <>
              <ServiceOrderGeneralSection order={order} stages={allStages} />
              <ServiceOrderLinesSection order={order} />
              <ServiceOrderRepairsSection order={order} />
              <ServiceOrderSlaSection order={order} />
              <ServiceOrderAssignmentsSection order={order} />
            </>
          }
          side={
            <>
              <ServiceOrderTotalsSection order={order} />
              <ServiceOrderEstimateSection order={order} />
              <ServiceOrderPostingSection order={order} />
              <ServiceOrderHistorySection order={order} stages={allStages} />
            </>
          }
        />
      )}
    </DetailState>
  )
}

export const handle = recordBreadcrumb(useServiceOrder, (data) => data?.service_order?.number)

export default withPermission(ServiceOrderDetailPage, "service_orders.read", "see service orders")
