import { useDraggable } from "@dnd-kit/core"
import { ExclamationCircle } from "@medusajs/icons"
import { clx, Tooltip } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { humanize } from "../../lib/format"
import { formatClock } from "../../lib/dispatch-time"
import type { BoardAssignment } from "../../lib/dispatch-types"

export type BlockDrag = { kind: "move" | "resize"; assignment: BoardAssignment; technicianId: string }

export const STATUS_CLASS: Record<string, string> = {
  planned: "bg-ui-tag-blue-bg border-ui-tag-blue-border text-ui-tag-blue-text",
  in_progress: "bg-ui-tag-orange-bg border-ui-tag-orange-border text-ui-tag-orange-text",
  done: "bg-ui-tag-green-bg border-ui-tag-green-border text-ui-tag-green-text",
  cancelled: "bg-ui-tag-neutral-bg border-ui-tag-neutral-border text-ui-tag-neutral-text",
}

/** The text of a block (also used by the drag overlay). */
export const BlockLabel = ({ assignment }: { assignment: BoardAssignment }) => (
  <span className="flex min-w-0 flex-col leading-tight">
    <span className="txt-compact-xsmall-plus truncate">{assignment.service_order.number}</span>
    <span className="txt-compact-xsmall truncate opacity-80">
      {assignment.service_order.customer_name || assignment.service_order.title || ""}
    </span>
  </span>
)

/**
 * An assignment on a technician's row: drag it to move it (another row or time), drag its right
 * edge to change its end. Overridden rules are marked.
 */
export const AssignmentBlock = ({
  assignment,
  technicianId,
  left,
  width,
}: {
  assignment: BoardAssignment
  technicianId: string
  left: number
  width: number
}) => {
  const move = useDraggable({
    id: `move:${assignment.id}`,
    data: { kind: "move", assignment, technicianId } satisfies BlockDrag,
  })
  const resize = useDraggable({
    id: `resize:${assignment.id}`,
    data: { kind: "resize", assignment, technicianId } satisfies BlockDrag,
  })
  const overrides = assignment.overrides ?? []
  const title = `${assignment.service_order.number} · ${formatClock(assignment.starts_at)}–${formatClock(assignment.ends_at)} · ${humanize(assignment.status)}`
  return (
    <div
      ref={move.setNodeRef}
      {...move.listeners}
      {...move.attributes}
      title={title}
      className={clx(
        "absolute inset-y-1 flex cursor-grab items-center gap-x-1 overflow-hidden rounded-md border px-1.5",
        STATUS_CLASS[assignment.status] ?? STATUS_CLASS.planned,
        overrides.length > 0 && "border-dashed",
        (move.isDragging || resize.isDragging) && "opacity-40"
      )}
      style={{ left: `${left * 100}%`, width: `${width * 100}%` }}
      data-testid="assignment-block"
      data-assignment-id={assignment.id}
      data-order-number={assignment.service_order.number}
      data-status={assignment.status}
      data-overridden={overrides.length > 0 || undefined}
    >
      {overrides.length > 0 && (
        <Tooltip content={`Overridden: ${overrides.map(humanize).join(", ")}`}>
          <ExclamationCircle className="shrink-0" data-testid="block-overridden" />
        </Tooltip>
      )}
      <Link to={`/service-orders/${assignment.service_order_id}`} className="min-w-0 flex-1" draggable={false}>
        <BlockLabel assignment={assignment} />
      </Link>
      <span
        ref={resize.setNodeRef}
        {...resize.attributes}
        // The handle sits inside the block: its drag must not also start the block's move.
        onPointerDown={(e) => {
          e.stopPropagation()
          resize.listeners?.onPointerDown?.(e)
        }}
        className="absolute inset-y-0 right-0 w-2 cursor-ew-resize hover:bg-black/10"
        data-testid="block-resize"
        aria-label="Change the end time"
      />
    </div>
  )
}
