import { Button } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { formatDate } from "../../lib/format"
import { useServiceAgreements } from "../../lib/hooks/service-agreements"
import type { ServiceAgreement } from "../../../types"
import { ReadOnlyTable, type ReadOnlyColumn } from "../read-only-table"
import { AgreementStatusBadge } from "./sla-badges"
import { Section } from "../section"

const COLUMNS: ReadOnlyColumn<ServiceAgreement>[] = [
  { header: "Number", className: "txt-compact-small-plus", cell: (a) => a.number },
  { header: "Name", cell: (a) => <span className="block max-w-[200px] truncate">{a.name}</span> },
  { header: "Status", cell: (a) => <AgreementStatusBadge status={a.status} /> },
  { header: "Validity", cell: (a) => `${formatDate(a.valid_from)} – ${a.valid_to ? formatDate(a.valid_to) : "open-ended"}` },
]

/** The customer's service agreements (for the customer details widget), linking to each. */
export const CustomerAgreements = ({ customerId }: { customerId: string }) => {
  const navigate = useNavigate()
  const { data, isLoading, isError, error } = useServiceAgreements({
    customer_id: customerId,
    is_template: false,
    limit: 10,
    order: "-created_at",
    fields: "id,number,name,status,is_template,valid_from,valid_to",
  })
  return (
    <Section
      testId="customer-agreements"
      title="Service agreements"
      description={data ? `${data.count} in total` : " "}
      actions={
        <Button size="small" variant="transparent" asChild>
          <Link to={`/service-agreements?customer_id=${customerId}`}>View all</Link>
        </Button>
      }
    >
      <ReadOnlyTable
        rows={data?.service_agreements ?? []}
        columns={COLUMNS}
        rowKey={(a) => a.id}
        rowProps={(a) => ({ onClick: () => navigate(`/service-agreements/${a.id}`), "data-testid": "customer-agreement-row" })}
        empty="No service agreements."
        isLoading={isLoading}
        error={isError ? error : undefined}
      />
    </Section>
  )
}
