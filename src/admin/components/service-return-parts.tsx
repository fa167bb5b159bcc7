import { Badge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { ServiceReturn, ServiceReturnStatus } from "../../types"
import { RETURN_STATUS_COLORS, RETURN_STATUS_LABELS } from "../lib/return-format"

export const ReturnStatusBadge = ({ status }: { status: ServiceReturnStatus }) => (
  <Badge size="2xsmall" color={RETURN_STATUS_COLORS[status]} data-testid="service-return-status">
    {RETURN_STATUS_LABELS[status]}
  </Badge>
)

/** A return's number (linking to its page), status and what it created. */
export const ReturnSummaryRow = ({ serviceReturn }: { serviceReturn: ServiceReturn }) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-3" data-testid="service-return-row">
    <div className="flex items-center gap-x-2">
      <Link to={`/service-returns/${serviceReturn.id}`} className="txt-compact-small text-ui-fg-interactive">
        {serviceReturn.number}
      </Link>
      <ReturnStatusBadge status={serviceReturn.status} />
      {serviceReturn.service_order_id ? (
        <Link to={`/service-orders/${serviceReturn.service_order_id}`} className="txt-compact-small text-ui-fg-subtle">
          Repair order
        </Link>
      ) : null}
    </div>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {(serviceReturn.items ?? []).reduce((s, i) => s + Number(i.quantity), 0)} item(s)
    </Text>
  </div>
)
