import { CheckCircle, Plus, XCircle, PlaySolid } from "@medusajs/icons"
import { StatusBadge, Text, Tooltip, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { toastMoveError, useLatest } from "../../lib/conflicts"
import { toastError, toastSuccess } from "../../lib/errors"
import { formatDateTime, humanize } from "../../lib/format"
import { formatClock, isSameDay } from "../../lib/dispatch-time"
import { useCancelAssignment, useOrderAssignments, useSaveAssignment } from "../../lib/hooks/dispatch"
import { technicianName, type Assignment, type AssignmentStatus } from "../../lib/dispatch-types"
import type { ServiceOrder } from "../../../types"
import { ActionMenu } from "../action-menu"
import { Can } from "../can"
import { AssignmentDrawer } from "./assignment-drawer"
import { CreateButton, Section } from "../section"

const STATUS_COLOR: Record<AssignmentStatus, "blue" | "orange" | "green" | "grey"> = {
  planned: "blue",
  in_progress: "orange",
  done: "green",
  cancelled: "grey",
}

export const formatWindow = (a: { starts_at: string; ends_at: string }) =>
  isSameDay(new Date(a.starts_at), new Date(a.ends_at))
    ? `${formatDateTime(a.starts_at)} – ${formatClock(a.ends_at)}`
    : `${formatDateTime(a.starts_at)} – ${formatDateTime(a.ends_at)}`

const AssignmentRow = ({ orderId, assignment }: { orderId: string; assignment: Assignment }) => {
  const prompt = usePrompt()
  const cancel = useCancelAssignment(orderId)
  const save = useSaveAssignment()
  const live = assignment.status !== "cancelled"
  const overrides = assignment.overrides ?? []

  // From the version on the page; a Retry after a 409 sends the version refetched since.
  const latest = useLatest(assignment)
  const setStatus = (status: AssignmentStatus) =>
    save.mutate(
      { orderId, assignmentId: assignment.id, body: { status, expected_updated_at: latest.current.updated_at } },
      {
        onSuccess: () => toastSuccess(`Assignment is ${humanize(status).toLowerCase()}`),
        onError: (error) => toastMoveError(error, () => setStatus(status)),
      }
    )

  const onCancel = async () => {
    const confirmed = await prompt({
      title: "Cancel assignment?",
      description: `${technicianName(assignment.technician)} will no longer be planned ${formatWindow(assignment)}.`,
      confirmText: "Cancel assignment",
      cancelText: "Keep",
    })
    if (confirmed) {
      cancel.mutate(assignment.id, { onSuccess: () => toastSuccess("Assignment was cancelled"), onError: toastError })
    }
  }

  return (
    <div className="flex items-center justify-between gap-x-4 px-6 py-3" data-testid="assignment-row" data-status={assignment.status}>
      <div className="flex min-w-0 flex-col gap-y-0.5">
        <div className="flex items-center gap-x-2">
          <span className="size-2 shrink-0 rounded-full" style={{ backgroundColor: assignment.technician?.color || "#94a3b8" }} />
          <Text size="small" weight="plus" className={live ? undefined : "line-through"}>
            {technicianName(assignment.technician)}
          </Text>
          <StatusBadge color={STATUS_COLOR[assignment.status]}>{humanize(assignment.status)}</StatusBadge>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {formatWindow(assignment)}
        </Text>
        {overrides.length > 0 && (
          <Tooltip content={assignment.override_note || "No note"}>
            <Text size="xsmall" className="text-ui-fg-muted" data-testid="assignment-overrides">
              Overridden: {overrides.map(humanize).join(", ")}
            </Text>
          </Tooltip>
        )}
        {assignment.note && (
          <Text size="xsmall" className="text-ui-fg-muted">
            {assignment.note}
          </Text>
        )}
      </div>
      {live && (
        <Can permission="assignments.write">
          <ActionMenu
            testId="assignment-actions"
            groups={[
              {
                actions: [
                  ...(assignment.status === "planned"
                    ? [{ label: "Start", icon: <PlaySolid />, onClick: () => setStatus("in_progress") }]
                    : []),
                  ...(assignment.status !== "done" ? [{ label: "Mark done", icon: <CheckCircle />, onClick: () => setStatus("done") }] : []),
                ],
              },
              { actions: [{ label: "Cancel assignment", icon: <XCircle />, onClick: onCancel }] },
            ]}
          />
        </Can>
      )}
    </div>
  )
}

/** The order's technician assignments (newest window first), with assign, start, done and cancel. */
export const ServiceOrderAssignmentsSection = ({ order }: { order: ServiceOrder }) => {
  const { data, isLoading } = useOrderAssignments(order.id)
  const [open, setOpen] = useState(false)
  const assignments = [...(data?.assignments ?? [])].sort(
    (a, b) => new Date(b.starts_at).getTime() - new Date(a.starts_at).getTime()
  )
  const closed = !!order.stage?.is_terminal
  return (
    <Section
      testId="assignments-section"
      title="Assignments"
      actions={
        <CreateButton permission="assignments.write" onClick={() => setOpen(true)} disabled={closed} testId="add-assignment-button">
          <Plus />
          Assign
        </CreateButton>
      }
    >
      {isLoading ? null : assignments.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="assignments-empty">
          Not assigned to a technician yet.
        </Text>
      ) : (
        assignments.map((a) => <AssignmentRow key={a.id} orderId={order.id} assignment={a} />)
      )}
      <AssignmentDrawer open={open} onOpenChange={setOpen} orderId={order.id} orderNumber={order.number} />
    </Section>
  )
}
