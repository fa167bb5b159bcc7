import { useParams } from "react-router-dom"
import { withPermission } from "../../../components/can"
import { DetailState, recordBreadcrumb } from "../../../components/detail-state"
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
  const query = useServiceAgreement(id)
  return (
    <DetailState query={query} record={query.data?.service_agreement} noun="service agreement" list={{ path: "/service-agreements", label: "service agreements" }}>
      {(agreement) => {
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
      }}
    </DetailState>
  )
}

export const handle = recordBreadcrumb(useServiceAgreement, (data) => data?.service_agreement?.number)

export default withPermission(ServiceAgreementDetailPage, "agreements.read", "see service agreements")
