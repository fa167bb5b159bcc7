import { useParams } from "react-router-dom"
import { ObjectBomVersionSection } from "../../../components/boms/object-bom-version-section"
import { withPermission } from "../../../components/can"
import { DetailState, recordBreadcrumb } from "../../../components/detail-state"
import { ObjectRepairHistory } from "../../../components/repairs/object-repair-history"
import { TwoColumnLayout } from "../../../components/section-row"
import { ServiceObjectCustomerSection } from "../../../components/service-objects/service-object-customer-section"
import { ServiceObjectGeneralSection } from "../../../components/service-objects/service-object-general-section"
import { ServiceObjectOrdersSection } from "../../../components/service-objects/service-object-orders-section"
import { ServiceObjectProductSection } from "../../../components/service-objects/service-object-product-section"
import { ServiceObjectTimelineSection } from "../../../components/service-objects/service-object-timeline-section"
import { useServiceObject } from "../../../lib/hooks/service-objects"

/** One service object: its fields, customer, product, BOM version, service orders, repair history and timeline. */
const ServiceObjectDetailPage = () => {
  const { id = "" } = useParams()
  const query = useServiceObject(id)
  return (
    <DetailState query={query} record={query.data?.service_object} noun="service object" list={{ path: "/service-objects", label: "service objects" }}>
      {(object) => (
        <TwoColumnLayout
          main={
            <>
              <ServiceObjectGeneralSection object={object} />
              <ServiceObjectOrdersSection object={object} />
              <ObjectRepairHistory objectId={object.id} />
              <ServiceObjectTimelineSection objectId={object.id} />
            </>
          }
          side={
            <>
              <ServiceObjectCustomerSection object={object} />
              <ServiceObjectProductSection object={object} />
              <ObjectBomVersionSection object={object} />
            </>
          }
        />
      )}
    </DetailState>
  )
}

export const handle = recordBreadcrumb(useServiceObject, (data) => data?.service_object?.name)

export default withPermission(ServiceObjectDetailPage, "service_objects.read", "see service objects")
