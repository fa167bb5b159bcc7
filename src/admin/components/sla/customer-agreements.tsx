import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { formatDate } from "../../lib/format"
import { useServiceAgreements } from "../../lib/hooks/service-agreements"
import { AgreementStatusBadge } from "./sla-badges"

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
  const rows = data?.service_agreements ?? []
  return (
    <Container className="divide-y p-0" data-testid="customer-agreements">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Service agreements</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {data ? `${data.count} in total` : " "}
          </Text>
        </div>
        <Button size="small" variant="transparent" asChild>
          <Link to={`/service-agreements?customer_id=${customerId}`}>View all</Link>
        </Button>
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {(error as Error)?.message ?? "Could not load the agreements."}
        </Text>
      ) : rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {isLoading ? "Loading…" : "No service agreements."}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Number</Table.HeaderCell>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Validity</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((a) => (
              <Table.Row
                key={a.id}
                className="cursor-pointer"
                onClick={() => navigate(`/service-agreements/${a.id}`)}
                data-testid="customer-agreement-row"
              >
                <Table.Cell className="txt-compact-small-plus">{a.number}</Table.Cell>
                <Table.Cell>
                  <span className="block max-w-[200px] truncate">{a.name}</span>
                </Table.Cell>
                <Table.Cell>
                  <AgreementStatusBadge status={a.status} />
                </Table.Cell>
                <Table.Cell>
                  {formatDate(a.valid_from)} – {a.valid_to ? formatDate(a.valid_to) : "open-ended"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
