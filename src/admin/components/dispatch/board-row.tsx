import { useDroppable } from "@dnd-kit/core"
import { clx, Text } from "@medusajs/ui"
import type { CSSProperties, ReactNode } from "react"
import { humanize } from "../../lib/format"
import { placeInterval, slotsPerSegment, type Axis } from "../../lib/dispatch-time"
import { technicianName, type BoardTechnician } from "../../lib/dispatch-types"
import { AssignmentBlock } from "./assignment-block"

export type RowDrop = { technicianId: string }

const HATCH = "repeating-linear-gradient(135deg, rgba(120,120,120,0.28) 0 4px, transparent 4px 9px)"

/** Vertical lines between slots (stronger between days in the week view). */
const SlotLines = ({ axis }: { axis: Axis }) => {
  const perSegment = slotsPerSegment(axis)
  const total = perSegment * axis.segments.length
  return (
    <>
      {Array.from({ length: total - 1 }, (_, i) => (
        <span
          key={i}
          className={clx("absolute inset-y-0 w-px", (i + 1) % perSegment === 0 ? "bg-ui-border-strong" : "bg-ui-border-base")}
          style={{ left: `${((i + 1) / total) * 100}%` }}
        />
      ))}
    </>
  )
}

/** A band of the row spanning an interval (nothing when none of it is visible). */
const Band = ({
  axis,
  interval,
  className,
  style,
  children,
  ...rest
}: {
  axis: Axis
  interval: { starts_at: string; ends_at: string }
  className: string
  style?: CSSProperties
  children?: ReactNode
  title?: string
  "data-testid": string
}) => {
  const place = placeInterval(axis, interval.starts_at, interval.ends_at)
  return place ? (
    <span className={clx("absolute inset-y-0", className)} style={{ ...style, left: `${place.left * 100}%`, width: `${place.width * 100}%` }} {...rest}>
      {children}
    </span>
  ) : null
}

/**
 * One technician: name, then the time axis with working hours (light), off hours (shaded),
 * absences (hatched) and assignment blocks. The axis is the drop target for orders and blocks.
 */
export const BoardRow = ({ technician, axis }: { technician: BoardTechnician; axis: Axis }) => {
  const { setNodeRef, isOver } = useDroppable({
    id: `row:${technician.id}`,
    data: { technicianId: technician.id } satisfies RowDrop,
  })
  const visible = technician.assignments.filter((a) => a.status !== "cancelled")
  return (
    <div className="border-ui-border-base flex border-b" data-testid="board-row" data-technician-id={technician.id}>
      <div className="flex w-[180px] shrink-0 items-center gap-x-2 px-4 py-2">
        <span className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: technician.color || "#94a3b8" }} />
        <Text size="small" weight="plus" className="truncate" data-testid="board-row-name">
          {technicianName(technician)}
        </Text>
      </div>
      <div
        ref={setNodeRef}
        className={clx("bg-ui-bg-disabled relative h-12 flex-1", isOver && "ring-ui-border-interactive ring-2 ring-inset")}
        data-testid="board-row-timeline"
      >
        {technician.working_periods.map((p) => (
          <Band key={p.starts_at} axis={axis} interval={p} className="bg-ui-bg-base" data-testid="working-period" />
        ))}
        <SlotLines axis={axis} />
        {technician.absences.map((a) => (
          <Band
            key={a.id}
            axis={axis}
            interval={a}
            className="text-ui-fg-subtle txt-compact-xsmall flex items-center justify-center overflow-hidden"
            style={{ backgroundImage: HATCH }}
            title={[humanize(a.reason), a.note].filter(Boolean).join(": ")}
            data-testid="absence"
          >
            {humanize(a.reason)}
          </Band>
        ))}
        {visible.map((a) => {
          const place = placeInterval(axis, a.starts_at, a.ends_at)
          return place ? (
            <AssignmentBlock key={a.id} assignment={a} technicianId={technician.id} left={place.left} width={place.width} />
          ) : null
        })}
      </div>
    </div>
  )
}
