import { useParams, type UIMatch } from "react-router-dom"
import { withPermission } from "../../../components/can"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { TwoColumnLayout } from "../../../components/section-row"
import { AgreementBillingSection } from "../../../components/service-agreements/agreement-billing-section"
import { AgreementGenerateSection } from "../../../components/service-agreements/agreement-generate-section"
import { AgreementHeaderSection } from "../../../components/service-agreements/agreement-header-section"
import { AgreementLinesSection } from "../../../components/service-agreements/agreement-lines-section"
import { AgreementOrdersSection } from "../../../components/service-agreements/agreement-orders-section"
import { useServiceAgreement } from "../../../lib/hooks/service-agreements"

/** One service agreement: header with its status moves, lines with recurrences, billing, generation and its orders. */
const ServiceAgreementDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useServiceAgreement(id)
  if (isLoading) {
    return <DetailLoading noun="service agreement" />
  }
  if (isError || !data?.service_agreement) {
    return <DetailNotFound noun="Service agreement" error={error} listPath="/service-agreements" listLabel="service agreements" />
  }
  const agreement = data.service_agreement
  // Templates are never moved and generate nothing.
  return (
    <TwoColumnLayout
      main={
        <>
          <AgreementHeaderSection agreement={agreement} />
          <AgreementLinesSection agreement={agreement} />
          {!agreement.is_template && <AgreementOrdersSection agreement={agreement} />}
        </>
      }
      side={
        <>
          <AgreementBillingSection agreement={agreement} />
          {!agreement.is_template && <AgreementGenerateSection agreement={agreement} />}
        </>
      }
    />
  )
}

const Breadcrumb = ({ id }: { id: string }) => {
  const { data } = useServiceAgreement(id)
  return <span>{data?.service_agreement?.number ?? id}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id ?? ""} />,
}

export default withPermission(ServiceAgreementDetailPage, "agreements.read", "see service agreements")
