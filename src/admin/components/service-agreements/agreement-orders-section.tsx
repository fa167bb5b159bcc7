import type { ServiceAgreement } from "../../../types"
import { useServiceOrders } from "../../lib/hooks/service-orders"
import { ServiceOrdersTable } from "../service-orders-table"
import { Section } from "../section"

/** The service orders generated from the agreement (service orders filtered by agreement_id). */
export const AgreementOrdersSection = ({ agreement }: { agreement: ServiceAgreement }) => {
  const { data, isLoading, isError, error } = useServiceOrders({ agreement_id: agreement.id, limit: 20, order: "-created_at" })
  const rows = data?.service_orders ?? []
  return (
    <Section testId="agreement-orders" title="Service orders" description={data ? `${data.count} from this agreement` : " "}>
      <ServiceOrdersTable
        orders={rows}
        showResolutionDue
        rowTestId="agreement-order-row"
        empty="No service orders generated yet."
        isLoading={isLoading}
        error={isError ? error : undefined}
      />
    </Section>
  )
}
