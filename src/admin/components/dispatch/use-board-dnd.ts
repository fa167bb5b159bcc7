import {
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from "@dnd-kit/core"
import { useState } from "react"
import { addMinutes, plannedMinutes, slotStartAt, type Axis } from "../../lib/dispatch-time"
import { useBoardCache } from "../../lib/hooks/dispatch"
import type { BoardAssignment, DispatchBoard, OverrideRule } from "../../lib/dispatch-types"
import type { BlockDrag } from "./assignment-block"
import type { RowDrop } from "./board-row"
import type { QueueDrag } from "./order-queue"
import { useAssignmentSaver } from "./use-assignment-saver"

export type ActiveDrag = QueueDrag | BlockDrag

/** Moves (or adds) an assignment in the cached board, so the block lands before the API answers. */
const placeAssignment = (board: DispatchBoard, technicianId: string, assignment: BoardAssignment): DispatchBoard => ({
  ...board,
  queue: board.queue.filter((o) => o.id !== assignment.service_order_id),
  technicians: board.technicians.map((t) => ({
    ...t,
    assignments: [
      ...t.assignments.filter((a) => a.id !== assignment.id),
      ...(t.id === technicianId ? [assignment] : []),
    ],
  })),
})

/** The x coordinate of the pointer when the drag ends. */
const pointerX = (event: DragEndEvent) => {
  const start = event.activatorEvent as PointerEvent | MouseEvent
  return start.clientX + event.delta.x
}

/**
 * Drag and drop on the board: a queued order dropped on a row is assigned from the slot under the
 * pointer for its planned duration; a block is moved by whole slots (keeping its length) or, by
 * its right edge, gets a new end. The board changes at once and snaps back when the API refuses.
 */
export const useBoardDnd = (axis: Axis, ask: (message: string, rules: OverrideRule[]) => Promise<string | null>) => {
  const [active, setActive] = useState<ActiveDrag | null>(null)
  const cache = useBoardCache()
  const saver = useAssignmentSaver(ask)
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }))

  const optimistic = async (technicianId: string, assignment: BoardAssignment, save: () => Promise<boolean>) => {
    await cache.cancel()
    const snapshot = cache.snapshot()
    cache.update((board) => placeAssignment(board, technicianId, assignment))
    if (!(await save())) {
      cache.restore(snapshot)
    }
  }

  const onDragStart = (event: DragStartEvent) => setActive((event.active.data.current as ActiveDrag) ?? null)

  const onDragEnd = async (event: DragEndEvent) => {
    setActive(null)
    const drag = event.active.data.current as ActiveDrag | undefined
    const drop = event.over?.data.current as RowDrop | undefined
    const rect = event.over?.rect
    if (!drag || !drop || !rect || rect.width <= 0) {
      return
    }
    const at = (x: number) => slotStartAt(axis, (x - rect.left) / rect.width)
    const x = pointerX(event)

    if (drag.kind === "queue") {
      const order = drag.order
      const starts = at(x)
      const ends = addMinutes(starts, plannedMinutes(order.estimated_minutes))
      const pending: BoardAssignment = {
        id: `pending:${order.id}`,
        service_order_id: order.id,
        service_order_line_id: null,
        starts_at: starts.toISOString(),
        ends_at: ends.toISOString(),
        status: "planned",
        overrides: [],
        service_order: order,
      }
      await optimistic(drop.technicianId, pending, () =>
        saver.run(order.id, { technician_id: drop.technicianId, starts_at: pending.starts_at, ends_at: pending.ends_at })
      )
      return
    }

    const a = drag.assignment
    if (a.id.startsWith("pending:")) {
      return // dropped a moment ago and not saved yet: it has no id to update
    }
    if (drag.kind === "move") {
      const shift = at(x).getTime() - at(x - event.delta.x).getTime()
      if (shift === 0 && drop.technicianId === drag.technicianId) {
        return
      }
      const moved = { ...a, starts_at: addMinutes(a.starts_at, shift / 60_000).toISOString(), ends_at: addMinutes(a.ends_at, shift / 60_000).toISOString() }
      await optimistic(drop.technicianId, moved, () =>
        saver.run(
          a.service_order_id,
          {
            starts_at: moved.starts_at,
            ends_at: moved.ends_at,
            expected_updated_at: a.updated_at,
            ...(drop.technicianId !== drag.technicianId ? { technician_id: drop.technicianId } : {}),
          },
          a.id
        )
      )
      return
    }

    // Resize: the slot under the pointer becomes the last one.
    const ends = addMinutes(at(x), axis.slotMinutes)
    if (ends.getTime() <= new Date(a.starts_at).getTime() || ends.getTime() === new Date(a.ends_at).getTime()) {
      return
    }
    const resized = { ...a, ends_at: ends.toISOString() }
    await optimistic(drag.technicianId, resized, () => saver.run(a.service_order_id, { ends_at: resized.ends_at, expected_updated_at: a.updated_at }, a.id))
  }

  return { sensors, active, onDragStart, onDragEnd, onDragCancel: () => setActive(null) }
}
