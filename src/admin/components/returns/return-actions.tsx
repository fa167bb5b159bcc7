import { Button } from "@medusajs/ui"
import type { ServiceReturn, ServiceReturnAction } from "../../../types"
import { toastMoveError, useLatest } from "../../lib/conflicts"
import { toastSuccess } from "../../lib/errors"
import { useServiceReturnAction } from "../../lib/hooks/returns"

// The moves with an admin route; `start_repair` happens when the repair service order starts.
type AdminReturnAction = Exclude<ServiceReturnAction, "start_repair">

const ACTION_TEXT: Record<AdminReturnAction, { label: string; done: string }> = {
  approve: { label: "Approve", done: "approved" },
  reject: { label: "Reject", done: "rejected" },
  receive: { label: "Receive", done: "received" },
  resolve: { label: "Resolve", done: "resolved" },
}
const ADMIN_ACTIONS = Object.keys(ACTION_TEXT) as AdminReturnAction[]

/** The status moves the API allows now (`allowed_actions`). */
export const ReturnActions = ({ serviceReturn }: { serviceReturn: ServiceReturn }) => {
  const action = useServiceReturnAction(serviceReturn.id)
  // From the status on the page; a Retry after a 409 moves from the status refetched since.
  const latest = useLatest(serviceReturn)
  const send = (a: AdminReturnAction) =>
    action.mutate(
      { action: a, from_status: latest.current.status },
      {
        onSuccess: () => toastSuccess(`${serviceReturn.number}: ${ACTION_TEXT[a].done}`),
        onError: (error) => toastMoveError(error, () => send(a)),
      }
    )
  return (
    <div className="flex gap-x-2">
      {ADMIN_ACTIONS.filter((a) => serviceReturn.allowed_actions?.[a].allowed).map((a) => (
        <Button
          key={a}
          size="small"
          variant={a === "reject" ? "danger" : "secondary"}
          isLoading={action.isPending && action.variables?.action === a}
          disabled={action.isPending}
          data-testid={`service-return-${a}`}
          onClick={() => send(a)}
        >
          {ACTION_TEXT[a].label}
        </Button>
      ))}
    </div>
  )
}
