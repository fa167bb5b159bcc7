import { Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { DAY_START_HOUR, fractionOf, slotsPerSegment, type Axis } from "../../lib/dispatch-time"
import type { BoardTechnician } from "../../lib/dispatch-types"
import { BoardRow } from "./board-row"

/** Column headings: hours in the day view, days in the week view. */
const AxisHeader = ({ axis }: { axis: Axis }) => {
  if (axis.view === "week") {
    return (
      <div className="flex flex-1">
        {axis.segments.map((s) => (
          <Text key={s.start.toISOString()} size="xsmall" weight="plus" className="text-ui-fg-subtle flex-1 border-l px-1 py-2">
            {s.start.toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" })}
          </Text>
        ))}
      </div>
    )
  }
  const hours = slotsPerSegment(axis) / (60 / axis.slotMinutes)
  return (
    <div className="flex flex-1">
      {Array.from({ length: hours }, (_, i) => (
        <Text key={i} size="xsmall" className="text-ui-fg-subtle flex-1 border-l px-1 py-2">
          {`${String(DAY_START_HOUR + i).padStart(2, "0")}:00`}
        </Text>
      ))}
    </div>
  )
}

/** Where "now" sits on the axis (0..1), refreshed every minute; null when now is not shown. */
const useNowFraction = (axis: Axis) => {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  const visible = axis.segments.some((s) => now >= s.start && now < s.end)
  return visible ? fractionOf(axis, now) : null
}

/** Technicians as rows, the view's time as columns, with a line at the current time. */
export const BoardGrid = ({ axis, technicians }: { axis: Axis; technicians: BoardTechnician[] }) => {
  const now = useNowFraction(axis)
  return (
    <div className="relative min-w-[760px]" data-testid="board-grid" data-view={axis.view}>
      <div className="border-ui-border-base flex border-b">
        <Text size="xsmall" weight="plus" className="text-ui-fg-subtle w-[180px] shrink-0 px-4 py-2">
          Technician
        </Text>
        <AxisHeader axis={axis} />
      </div>
      {technicians.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-4 py-6" data-testid="board-no-technicians">
          No active technicians in this view. Add technicians in Settings › Service › Technicians.
        </Text>
      ) : (
        technicians.map((t) => <BoardRow key={t.id} technician={t} axis={axis} />)
      )}
      {now !== null && (
        <div className="pointer-events-none absolute inset-y-0 left-[180px] right-0 z-10" aria-hidden>
          <span className="bg-ui-fg-error absolute inset-y-0 w-0.5" style={{ left: `${now * 100}%` }} data-testid="board-now" />
        </div>
      )}
    </div>
  )
}
