import { Plus } from "@medusajs/icons"
import { Button, Text, Tooltip } from "@medusajs/ui"
import { Can } from "./can"

/**
 * The "add" button of an order section the stage rules may lock: shown to those who may work on
 * orders, disabled with the rule's reason as tooltip while locked.
 */
export const LockableAddButton = ({
  label,
  lockedReason,
  onClick,
  testId,
}: {
  label: string
  lockedReason: string | null
  onClick: () => void
  testId: string
}) => {
  const button = (
    <Button size="small" variant="secondary" disabled={!!lockedReason} onClick={onClick} data-testid={testId}>
      <Plus />
      {label}
    </Button>
  )
  return (
    <Can permission="service_orders.work">
      {lockedReason ? (
        <Tooltip content={lockedReason}>
          <span>{button}</span>
        </Tooltip>
      ) : (
        button
      )}
    </Can>
  )
}

/** The banner under a section's heading saying why the stage locks it. */
export const LockedNotice = ({ reason, testId }: { reason: string | null; testId: string }) =>
  reason ? (
    <div className="bg-ui-bg-subtle px-6 py-3" data-testid={testId}>
      <Text size="small" className="text-ui-fg-subtle">
        {reason}
      </Text>
    </div>
  ) : null
