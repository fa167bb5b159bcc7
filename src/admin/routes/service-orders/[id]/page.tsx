import { useParams, type UIMatch } from "react-router-dom"
import { withPermission } from "../../../components/can"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { ServiceOrderAssignmentsSection } from "../../../components/dispatch/service-order-assignments-section"
import { ServiceOrderPostingSection } from "../../../components/posting/service-order-posting-section"
import { ServiceOrderRepairsSection } from "../../../components/repairs/service-order-repairs-section"
import { TwoColumnLayout } from "../../../components/section-row"
import { ServiceOrderGeneralSection } from "../../../components/service-orders/service-order-general-section"
import { ServiceOrderHistorySection } from "../../../components/service-orders/service-order-history-section"
import { ServiceOrderLinesSection } from "../../../components/service-orders/service-order-lines-section"
import { ServiceOrderTotalsSection } from "../../../components/service-orders/service-order-totals-section"
import { ServiceOrderSlaSection } from "../../../components/sla/service-order-sla-section"
import { useServiceOrder } from "../../../lib/hooks/service-orders"
import { useServiceStages } from "../../../lib/hooks/stages"

/** One service order: header, lines, repairs, SLA, assignments, totals, posting and the stage history. */
const ServiceOrderDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useServiceOrder(id)
  const stages = useServiceStages()

  if (isLoading) {
    return <DetailLoading noun="service order" />
  }
  if (isError || !data?.service_order) {
    return <DetailNotFound noun="Service order" error={error} listPath="/service-orders" listLabel="service orders" />
  }
  const order = data.service_order
  const allStages = stages.data?.service_stages ?? []

  return (
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
          <ServiceOrderPostingSection order={order} />
          <ServiceOrderHistorySection order={order} stages={allStages} />
        </>
      }
    />
  )
}

const Breadcrumb = ({ id }: { id: string }) => {
  const { data } = useServiceOrder(id)
  return <span>{data?.service_order?.number ?? id}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id ?? ""} />,
}

export default withPermission(ServiceOrderDetailPage, "service_orders.read", "see service orders")
