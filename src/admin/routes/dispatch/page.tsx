import { DndContext, DragOverlay, pointerWithin } from "@dnd-kit/core"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import { withPermission } from "../../components/can"
import { BlockLabel, STATUS_CLASS } from "../../components/dispatch/assignment-block"
import { BoardGrid } from "../../components/dispatch/board-grid"
import { BoardToolbar } from "../../components/dispatch/board-toolbar"
import { OrderQueue } from "../../components/dispatch/order-queue"
import { useOverridePrompt } from "../../components/dispatch/override-prompt"
import { QueueCard } from "../../components/dispatch/queue-card"
import { useBoardDnd } from "../../components/dispatch/use-board-dnd"
import { errorMessage } from "../../lib/errors"
import { useDispatchBoard } from "../../lib/hooks/dispatch"
import { useAllTeams } from "../../lib/hooks/dispatch-teams"
import { buildAxis, fromLocalDateParam, shiftAnchor, toLocalDateParam, type BoardView } from "../../lib/dispatch-time"

/** Technicians (rows) per page: what one screen shows. */
const TECHNICIANS_PER_PAGE = 25

/** The dispatch board: technicians × time with their assignments, and the queue of unassigned orders. */
const DispatchPage = () => {
  const [params, setParams] = useSearchParams()
  const view: BoardView = params.get("view") === "week" ? "week" : "day"
  const anchor = fromLocalDateParam(params.get("date")) ?? new Date()
  const teamId = params.get("team") ?? ""
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const axis = useMemo(() => buildAxis(view, anchor), [view, anchor.getTime()])

  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params)
    Object.entries(changes).forEach(([k, v]) => (v ? next.set(k, v) : next.delete(k)))
    setParams(next, { replace: true })
  }

  const board = useDispatchBoard({
    from: axis.from.toISOString(),
    to: axis.to.toISOString(),
    team_id: teamId || undefined,
    limit: TECHNICIANS_PER_PAGE,
    offset,
  })
  const teams = useAllTeams()
  const override = useOverridePrompt()
  const dnd = useBoardDnd(axis, override.ask)

  return (
    <div className="flex flex-col gap-y-3">
      <DndContext
        sensors={dnd.sensors}
        collisionDetection={pointerWithin}
        // Drops are computed from the row's measured box; scrolling the board mid-drag would shift it.
        autoScroll={false}
        onDragStart={dnd.onDragStart}
        onDragEnd={dnd.onDragEnd}
        onDragCancel={dnd.onDragCancel}
      >
        <div className="flex items-start gap-x-3">
          <Container className="min-w-0 flex-1 divide-y overflow-hidden p-0" data-testid="dispatch-board">
            <div className="flex flex-col gap-y-1 px-6 py-4">
              <Heading>Dispatch</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Drag an order onto a technician to assign it; drag a block to move it or its right edge to change its end.
              </Text>
            </div>
            <BoardToolbar
              view={view}
              from={axis.from}
              to={axis.to}
              teamId={teamId}
              teams={teams.data?.dispatch_teams ?? []}
              onView={(v) => set({ view: v === "day" ? "" : v })}
              onStep={(step) => set({ date: toLocalDateParam(shiftAnchor(view, anchor, step)) })}
              onToday={() => set({ date: "" })}
              onTeam={(team) => set({ team, offset: "" })}
              page={board.data && { offset: board.data.offset, shown: board.data.technicians.length, count: board.data.count }}
              onPage={(step) => set({ offset: String(Math.max(0, offset + step * TECHNICIANS_PER_PAGE) || "") })}
            />
            <div className="overflow-x-auto">
              {board.isError ? (
                <Text size="small" className="text-ui-fg-error px-6 py-6" data-testid="board-error">
                  {errorMessage(board.error)}
                </Text>
              ) : board.isLoading || !board.data ? (
                <Text size="small" className="text-ui-fg-subtle px-6 py-6">
                  Loading the board…
                </Text>
              ) : (
                <BoardGrid axis={axis} technicians={board.data.technicians} />
              )}
            </div>
          </Container>
          <Container className="w-[300px] shrink-0 p-0">
            <OrderQueue queue={board.data?.queue ?? []} />
          </Container>
        </div>
        <DragOverlay dropAnimation={null}>
          {dnd.active?.kind === "queue" ? (
            <div className="w-[260px]">
              <QueueCard order={dnd.active.order} dragging />
            </div>
          ) : dnd.active?.kind === "move" ? (
            <div className={`flex h-10 w-[140px] items-center rounded-md border px-1.5 shadow-elevation-flyout ${STATUS_CLASS[dnd.active.assignment.status] ?? ""}`}>
              <BlockLabel assignment={dnd.active.assignment} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {override.element}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Dispatch", icon: CalendarSolid, rank: 1.5 })

export const handle = { breadcrumb: () => "Dispatch" }

export default withPermission(DispatchPage, "dispatch_board.read", "use the dispatch board")
