import { Container, Heading, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { Can, withPermission } from "../../../components/can"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { ReturnActions, ReturnStatusBadge } from "../../../components/service-return-parts"
import { formatDateTime, humanize } from "../../../lib/format"
import { useServiceReturn } from "../../../lib/hooks/returns"
import { DISPOSITION_LABELS } from "../../../lib/return-types"

const LinkRow = ({ label, to, text }: { label: string; to?: string | null; text?: string | null }) => (
  <div className="grid grid-cols-2 px-6 py-3">
    <Text size="small" className="text-ui-fg-subtle">{label}</Text>
    {to ? (
      <Link to={to} className="txt-compact-small text-ui-fg-interactive">{text ?? to}</Link>
    ) : (
      <Text size="small">{text ?? "–"}</Text>
    )}
  </div>
)

/** One return: its items and dispositions, what Medusa and the plugin created, status history and actions. */
const ServiceReturnPage = () => {
  const { id } = useParams()
  const { data, isLoading, error } = useServiceReturn(id!)
  if (isLoading) {
    return <DetailLoading noun="service return" />
  }
  const r = data?.service_return
  if (!r) {
    return <DetailNotFound noun="service return" error={error} listPath="/service-returns" listLabel="Returns" />
  }
  return (
    <div className="flex flex-col gap-y-3" data-testid="service-return-page">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div className="flex items-center gap-x-2">
            <Heading>{r.number}</Heading>
            <ReturnStatusBadge status={r.status} />
          </div>
          <Can permission="service_returns.write">
            <ReturnActions serviceReturn={r} />
          </Can>
        </div>
        <LinkRow label="Order" to={`/orders/${r.order_id}`} text={r.order_id} />
        <LinkRow label="Reason" text={r.reason} />
        <LinkRow label="Medusa return" text={r.return_id} to={r.return_id ? `/orders/${r.order_id}` : null} />
        <LinkRow label="Repair service order" to={r.service_order_id ? `/service-orders/${r.service_order_id}` : null} text={r.service_order_id} />
        <LinkRow label="Replacement order" to={r.replacement_order_id ? `/orders/${r.replacement_order_id}` : null} text={r.replacement_order_id} />
        <LinkRow label="Refunded" text={r.refund_amount != null ? String(r.refund_amount) : null} />
        <LinkRow label="Credit still to settle" text={r.credit_pending_amount != null ? String(r.credit_pending_amount) : null} />
      </Container>
      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-4">Items</Heading>
        {(r.items ?? []).map((i) => (
          <div key={i.id} className="flex items-center justify-between px-6 py-3" data-testid="service-return-item">
            <Text size="small">
              {i.quantity} × {i.order_line_item_id}
              {i.serial_number ? ` · ${i.serial_number}` : ""}
              {i.reason ? ` — ${i.reason}` : ""}
            </Text>
            <div className="flex items-center gap-x-3">
              {i.under_warranty ? <Text size="xsmall" className="text-ui-fg-interactive">Under warranty</Text> : null}
              {i.service_object_id ? <Link to={`/service-objects/${i.service_object_id}`} className="txt-compact-small text-ui-fg-interactive">Object</Link> : null}
              <Text size="small" weight="plus">{DISPOSITION_LABELS[i.disposition]}</Text>
            </div>
          </div>
        ))}
      </Container>
      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-4">Status history</Heading>
        {[...(r.history ?? [])]
          .sort((a, b) => a.created_at.localeCompare(b.created_at))
          .map((h) => (
            <div key={h.id} className="flex justify-between px-6 py-3" data-testid="service-return-history">
              <Text size="small">
                {h.from_status ? `${humanize(h.from_status)} → ` : ""}
                {humanize(h.to_status)}
                {h.note ? ` — ${h.note}` : ""}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {formatDateTime(h.created_at)} · {h.actor_type}
              </Text>
            </div>
          ))}
      </Container>
    </div>
  )
}

export default withPermission(ServiceReturnPage, "service_returns.read", "read service returns")
