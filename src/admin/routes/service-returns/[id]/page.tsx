import { useParams } from "react-router-dom"
import { withPermission } from "../../../components/can"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { ReturnGeneralSection } from "../../../components/returns/return-general-section"
import { ReturnHistorySection } from "../../../components/returns/return-history-section"
import { ReturnItemsSection } from "../../../components/returns/return-items-section"
import { useServiceReturn } from "../../../lib/hooks/returns"

/** One return: its items and dispositions, what Medusa and the plugin created, status history and actions. */
const ServiceReturnPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, error } = useServiceReturn(id)
  if (isLoading) {
    return <DetailLoading noun="service return" />
  }
  const serviceReturn = data?.service_return
  if (!serviceReturn) {
    return <DetailNotFound noun="service return" error={error} listPath="/service-returns" listLabel="Returns" />
  }
  return (
    <div className="flex flex-col gap-y-3" data-testid="service-return-page">
      <ReturnGeneralSection serviceReturn={serviceReturn} />
      <ReturnItemsSection serviceReturn={serviceReturn} />
      <ReturnHistorySection serviceReturn={serviceReturn} />
    </div>
  )
}

export default withPermission(ServiceReturnPage, "service_returns.read", "read service returns")
