import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UserMini } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { withPermission } from "../../components/can"
import { WorkList } from "../../components/my-work/work-list"
import { errorMessage } from "../../lib/errors"
import { useMyWork } from "../../lib/hooks/dispatch"
import { isSameDay, startOfDay, startOfWeek } from "../../lib/dispatch-time"
import { technicianName } from "../../lib/dispatch-types"

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
