import { Badge, Button, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { toastMoveError, useLatest } from "../lib/conflicts"
import { toastSuccess } from "../lib/errors"
import { useServiceReturnAction } from "../lib/hooks/returns"
import { RETURN_ACTIONS, RETURN_STATUS_COLORS, RETURN_STATUS_LABELS, type ServiceReturn, type ServiceReturnStatus } from "../lib/return-types"

export const ReturnStatusBadge = ({ status }: { status: ServiceReturnStatus }) => (
  <Badge size="2xsmall" color={RETURN_STATUS_COLORS[status]} data-testid="service-return-status">
    {RETURN_STATUS_LABELS[status]}
  </Badge>
)

const ACTION_LABELS = { approve: "Approve", reject: "Reject", receive: "Receive", resolve: "Resolve" } as const

/** The status actions the return offers now. */
export const ReturnActions = ({ serviceReturn }: { serviceReturn: ServiceReturn }) => {
  const action = useServiceReturnAction(serviceReturn.id)
  // From the status on the page; a Retry after a 409 moves from the status refetched since.
  const latest = useLatest(serviceReturn)
  const send = (a: keyof typeof ACTION_LABELS) =>
    action.mutate(
      { action: a, from_status: latest.current.status },
      {
        onSuccess: () => toastSuccess(`${serviceReturn.number}: ${ACTION_LABELS[a].toLowerCase()}d`),
        onError: (error) => toastMoveError(error, () => send(a)),
      }
    )
  return (
    <div className="flex gap-x-2">
      {RETURN_ACTIONS[serviceReturn.status].map((a) => (
        <Button
          key={a}
          size="small"
          variant={a === "reject" ? "danger" : "secondary"}
          isLoading={action.isPending && action.variables?.action === a}
          disabled={action.isPending}
          data-testid={`service-return-${a}`}
          onClick={() => send(a)}
        >
          {ACTION_LABELS[a]}
        </Button>
      ))}
    </div>
  )
}

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
