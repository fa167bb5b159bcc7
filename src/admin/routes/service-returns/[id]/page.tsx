import { useParams } from "react-router-dom"
import { withPermission } from "../../../components/can"
import { DetailState } from "../../../components/detail-state"
import { ReturnGeneralSection } from "../../../components/returns/return-general-section"
import { ReturnHistorySection } from "../../../components/returns/return-history-section"
import { ReturnItemsSection } from "../../../components/returns/return-items-section"
import { useServiceReturn } from "../../../lib/hooks/returns"

/** One return: its items and dispositions, what Medusa and the plugin created, status history and actions. */
const ServiceReturnPage = () => {
  const { id = "" } = useParams()
  const query = useServiceReturn(id)
  return (
    <DetailState query={query} record={query.data?.service_return} noun="service return" list={{ path: "/service-returns", label: "Returns" }}>
      {(serviceReturn) => (
        <div className="flex flex-col gap-y-3" data-testid="service-return-page">
          <ReturnGeneralSection serviceReturn={serviceReturn} />
          <ReturnItemsSection serviceReturn={serviceReturn} />
          <ReturnHistorySection serviceReturn={serviceReturn} />
        </div>
      )}
    </DetailState>
  )
}

export default withPermission(ServiceReturnPage, "service_returns.read", "read service returns")
