import { useSearchParams } from "react-router-dom"
import { CoreRouteRefused } from "../../components/core-route-refused"

/**
 * Where a restricted service role lands from a Medusa page it may not use (no sidebar entry:
 * Medusa's sidebar cannot hide its own sections, so the message comes after the click).
 */
const ServiceAccessPage = () => {
  const [params] = useSearchParams()
  return <CoreRouteRefused area={params.get("area") || "pages"} />
}

export default ServiceAccessPage
