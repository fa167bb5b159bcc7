import { useParams, type UIMatch } from "react-router-dom"
import { ObjectBomVersionSection } from "../../../components/boms/object-bom-version-section"
import { withPermission } from "../../../components/can"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { ObjectRepairHistory } from "../../../components/repairs/object-repair-history"
import { TwoColumnLayout } from "../../../components/section-row"
import { ServiceObjectCustomerSection } from "../../../components/service-objects/service-object-customer-section"
import { ServiceObjectGeneralSection } from "../../../components/service-objects/service-object-general-section"
import { ServiceObjectOrdersSection } from "../../../components/service-objects/service-object-orders-section"
import { ServiceObjectProductSection } from "../../../components/service-objects/service-object-product-section"
import { useServiceObject } from "../../../lib/hooks/service-objects"

/** One service object: its fields, customer, product, BOM version, service orders and repair history. */
const ServiceObjectDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useServiceObject(id)
  if (isLoading) {
    return <DetailLoading noun="service object" />
  }
  if (isError || !data?.service_object) {
    return <DetailNotFound noun="Service object" error={error} listPath="/service-objects" listLabel="service objects" />
  }
  const object = data.service_object
  return (
    <TwoColumnLayout
      main={
        <>
          <ServiceObjectGeneralSection object={object} />
          <ServiceObjectOrdersSection object={object} />
          <ObjectRepairHistory objectId={object.id} />
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
  )
}

const Breadcrumb = ({ id }: { id: string }) => {
  const { data } = useServiceObject(id)
  return <span>{data?.service_object?.name ?? id}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id ?? ""} />,
}

export default withPermission(ServiceObjectDetailPage, "service_objects.read", "see service objects")
