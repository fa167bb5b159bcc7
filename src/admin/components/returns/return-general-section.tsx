import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { ServiceReturn } from "../../../types"
import { Can } from "../can"
import { ReturnStatusBadge } from "../service-return-parts"
import { ReturnActions } from "./return-actions"

const LinkRow = ({ label, to, text }: { label: string; to?: string | null; text?: string | null }) => (
  <div className="grid grid-cols-2 px-6 py-3">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    {to ? (
      <Link to={to} className="txt-compact-small text-ui-fg-interactive">
        {text ?? to}
      </Link>
    ) : (
      <Text size="small">{text ?? "–"}</Text>
    )}
  </div>
)

/** The return's status and actions, and what Medusa and the plugin created for it. */
export const ReturnGeneralSection = ({ serviceReturn: r }: { serviceReturn: ServiceReturn }) => (
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
    <LinkRow label="Replacement claim" to={r.replacement_claim_id ? `/orders/${r.order_id}` : null} text={r.replacement_claim_id} />
    <LinkRow label="Refunded" text={r.refund_amount != null ? String(r.refund_amount) : null} />
    <LinkRow label="Credit still to settle" text={r.credit_pending_amount != null ? String(r.credit_pending_amount) : null} />
  </Container>
)
