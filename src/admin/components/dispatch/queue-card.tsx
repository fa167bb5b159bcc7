import { clx, Text } from "@medusajs/ui"
import { PriorityBadge } from "../badges"
import { formatDateTime } from "../../lib/format"
import { urgencyOf } from "../../lib/dispatch-time"
import type { QueueOrder } from "../../lib/dispatch-types"

const URGENCY_CLASS = {
  breached: "border-ui-tag-red-border bg-ui-tag-red-bg",
  due_soon: "border-ui-tag-orange-border bg-ui-tag-orange-bg",
  normal: "border-ui-border-base bg-ui-bg-base",
} as const

const URGENCY_LABEL = { breached: "SLA breached", due_soon: "Due within 4 h", normal: null } as const

const nextDue = (order: QueueOrder) =>
  [order.response_due_at, order.resolution_due_at].filter((d): d is string => !!d).sort()[0] ?? null

/** One unassigned order as the queue and the drag overlay show it, coloured by SLA urgency. */
export const QueueCard = ({ order, dragging }: { order: QueueOrder; dragging?: boolean }) => {
  const urgency = urgencyOf(order)
  const due = nextDue(order)
  return (
    <div
      className={clx(
        "flex flex-col gap-y-1 rounded-md border px-3 py-2 shadow-elevation-card-rest",
        URGENCY_CLASS[urgency],
        dragging && "shadow-elevation-flyout"
      )}
      data-urgency={urgency}
    >
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" weight="plus">
          {order.number}
        </Text>
        <PriorityBadge priority={order.priority} />
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle truncate">
        {[order.customer_name, order.title].filter(Boolean).join(" · ") || "–"}
      </Text>
      <Text size="xsmall" className="text-ui-fg-muted">
        {[
          due ? `${URGENCY_LABEL[urgency] ?? "Due"} ${formatDateTime(due)}` : null,
          `${order.estimated_minutes ? `${order.estimated_minutes} min` : "no estimate"}`,
          order.required_skills?.length ? order.required_skills.join(", ") : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </Text>
    </div>
  )
}
