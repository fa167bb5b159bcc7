import { Container, Heading, Text } from "@medusajs/ui"
import type { ServiceAgreement } from "../../../types"
import { useServiceOrders } from "../../lib/hooks/service-orders"
import { ServiceOrdersTable } from "../service-orders-table"

/** The service orders generated from the agreement (service orders filtered by agreement_id). */
export const AgreementOrdersSection = ({ agreement }: { agreement: ServiceAgreement }) => {
  const { data, isLoading, isError, error } = useServiceOrders({ agreement_id: agreement.id, limit: 20, order: "-created_at" })
  const rows = data?.service_orders ?? []
  return (
    <Container className="divide-y p-0" data-testid="agreement-orders">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Service orders</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {data ? `${data.count} from this agreement` : " "}
          </Text>
        </div>
      </div>
      <ServiceOrdersTable
        orders={rows}
        showResolutionDue
        rowTestId="agreement-order-row"
        empty="No service orders generated yet."
        isLoading={isLoading}
        error={isError ? error : undefined}
      />
    </Container>
  )
}
