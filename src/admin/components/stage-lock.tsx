import { Plus } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Can } from "./can"
import { Section } from "./section"
import { Explained } from "./explained"

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
      <Explained reason={lockedReason}>{button}</Explained>
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

/**
 * A section of an order the stage rules may lock (lines, repairs): its add button, disabled while
 * locked, and the banner saying why under the heading (`<lockTestId>`).
 */
export const LockableSection = ({
  title,
  description,
  testId,
  lockedReason,
  lockTestId,
  add,
  children,
}: {
  title: string
  description?: string
  testId?: string
  lockedReason: string | null
  lockTestId: string
  add: { label: string; onClick: () => void; testId: string }
  children: ReactNode
}) => (
  <Section
    testId={testId}
    title={title}
    description={description}
    actions={<LockableAddButton {...add} lockedReason={lockedReason} />}
  >
    <LockedNotice reason={lockedReason} testId={lockTestId} />
    {children}
  </Section>
)
