import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UserMini } from "@medusajs/icons"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import { withPermission } from "../../components/can"
import { PriorityBadge } from "../../components/badges"
import { formatWindow } from "../../components/dispatch/service-order-assignments-section"
import { errorMessage } from "../../lib/errors"
import { humanize } from "../../lib/format"
import { useMyWork } from "../../lib/hooks/dispatch"
import { isSameDay, startOfDay, startOfWeek } from "../../lib/dispatch-time"
import { technicianName, type BoardAssignment } from "../../lib/dispatch-types"

const STATUS_COLOR = { planned: "blue", in_progress: "orange", done: "green", cancelled: "grey" } as const

const WorkList = ({ title, assignments, empty, testId }: { title: string; assignments: BoardAssignment[]; empty: string; testId: string }) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {assignments.length}
      </Text>
    </div>
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
  </Container>
)

/** The signed-in technician's assignments: today, and the rest of this week. */
const MyWorkPage = () => {
  const today = startOfDay(new Date()).getTime()
  const range = useMemo(() => {
    const from = startOfWeek(new Date(today))
    return { from: from.toISOString(), to: new Date(from.getFullYear(), from.getMonth(), from.getDate() + 7).toISOString() }
  }, [today])
  const { data, isLoading, isError, error } = useMyWork(range)

  if (isLoading) {
    return null
  }
  if (isError || !data) {
    return (
      <Container className="flex flex-col gap-y-1 px-6 py-4" data-testid="my-work-empty">
        <Heading level="h2">You are not set up as a technician</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {errorMessage(error)} My work lists the assignments of the technician linked to your admin user; a service
          manager can link you in Settings › Service › Technicians.
        </Text>
      </Container>
    )
  }
  const live = data.assignments
    .filter((a) => a.status !== "cancelled")
    .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
  const now = new Date()
  const todays = live.filter((a) => isSameDay(new Date(a.starts_at), now))
  const rest = live.filter((a) => !isSameDay(new Date(a.starts_at), now))
  return (
    <div className="flex flex-col gap-y-3" data-testid="my-work">
      <div className="flex flex-col gap-y-1 px-1">
        <Heading>My work</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Assignments of {technicianName(data.technician)} this week.
        </Text>
      </div>
      <WorkList title="Today" assignments={todays} empty="Nothing planned for today." testId="my-work-today" />
      <WorkList title="This week" assignments={rest} empty="Nothing else planned this week." testId="my-work-week" />
    </div>
  )
}

export const config = defineRouteConfig({ label: "My work", icon: UserMini, rank: 1.6 })

export const handle = { breadcrumb: () => "My work" }

export default withPermission(MyWorkPage, "my_work.read", "see their own work")
