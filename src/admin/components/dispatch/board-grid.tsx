import { Text } from "@medusajs/ui"
import { DAY_START_HOUR, slotsPerSegment, type Axis } from "../../lib/dispatch-time"
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

/** Technicians as rows, the view's time as columns. */
export const BoardGrid = ({ axis, technicians }: { axis: Axis; technicians: BoardTechnician[] }) => (
  <div className="min-w-[760px]" data-testid="board-grid" data-view={axis.view}>
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
  </div>
)
