import { StatusBadge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { humanize } from "../../lib/format"
import type { BoardAssignment } from "../../lib/dispatch-types"
import { PriorityBadge } from "../badges"
import { formatWindow } from "../dispatch/service-order-assignments-section"
import { Section } from "../section"

const STATUS_COLOR = { planned: "blue", in_progress: "orange", done: "green", cancelled: "grey" } as const

/** A titled list of assignments, each linking to its service order with its window and status. */
export const WorkList = ({ title, assignments, empty, testId }: { title: string; assignments: BoardAssignment[]; empty: string; testId: string }) => (
  <Section
    testId={testId}
    title={title}
    actions={
      <Text size="small" className="text-ui-fg-subtle">
        {assignments.length}
      </Text>
    }
  >
    {assignments.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {empty}
      </Text>
    ) : (
      assignments.map((a) => (
        <Link
          key={a.id}
          to={`/service-orders/${a.service_order_id}`}
          className="hover:bg-ui-bg-base-hover flex items-center justify-between gap-x-4 px-6 py-3 transition-fg"
          data-testid="my-work-item"
          data-order-number={a.service_order.number}
        >
          <div className="flex min-w-0 flex-col gap-y-0.5">
            <div className="flex items-center gap-x-2">
              <Text size="small" weight="plus">
                {a.service_order.number}
              </Text>
              <PriorityBadge priority={a.service_order.priority} />
            </div>
            <Text size="small" className="text-ui-fg-subtle truncate">
              {[a.service_order.customer_name, a.service_order.title].filter(Boolean).join(" · ") || "–"}
            </Text>
          </div>
          <div className="flex shrink-0 flex-col items-end gap-y-0.5">
            <Text size="small">{formatWindow(a)}</Text>
            <StatusBadge color={STATUS_COLOR[a.status]}>{humanize(a.status)}</StatusBadge>
          </div>
        </Link>
      ))
    )}
  </Section>
)
