import { ChevronLeft, ChevronRight } from "@medusajs/icons"
import { Button, IconButton, Text } from "@medusajs/ui"
import type { BoardView } from "../../lib/dispatch-time"
import type { DispatchTeam } from "../../lib/dispatch-types"
import { OptionalSelect } from "../optional-select"

const rangeLabel = (view: BoardView, from: Date, to: Date) => {
  const day = { weekday: "short", day: "numeric", month: "short", year: "numeric" } as const
  if (view === "day") {
    return from.toLocaleDateString(undefined, day)
  }
  const last = new Date(to.getTime() - 1)
  return `${from.toLocaleDateString(undefined, { day: "numeric", month: "short" })} – ${last.toLocaleDateString(undefined, day)}`
}

/** Which technicians the board shows: "1–25 of 200", with steps to the previous and next page. */
const TechnicianPager = ({ page, onPage }: { page: BoardPage; onPage: (step: -1 | 1) => void }) => (
  <div className="flex items-center gap-x-1">
    <Text size="small" className="text-ui-fg-subtle" data-testid="board-technicians">
      {page.shown ? `${page.offset + 1}–${page.offset + page.shown}` : 0} of {page.count} technicians
    </Text>
    <IconButton size="small" variant="transparent" disabled={page.offset === 0} onClick={() => onPage(-1)} data-testid="board-technicians-prev" aria-label="Previous technicians">
      <ChevronLeft />
    </IconButton>
    <IconButton
      size="small"
      variant="transparent"
      disabled={page.offset + page.shown >= page.count}
      onClick={() => onPage(1)}
      data-testid="board-technicians-next"
      aria-label="Next technicians"
    >
      <ChevronRight />
    </IconButton>
  </div>
)

type BoardPage = { offset: number; shown: number; count: number }

/** View switch, date navigation, the team filter and the technicians' pages of the dispatch board. */
export const BoardToolbar = ({
  view,
  from,
  to,
  teamId,
  teams,
  onView,
  onStep,
  onToday,
  onTeam,
  page,
  onPage,
}: {
  view: BoardView
  from: Date
  to: Date
  teamId: string
  teams: DispatchTeam[]
  onView: (view: BoardView) => void
  onStep: (step: -1 | 1) => void
  onToday: () => void
  onTeam: (teamId: string) => void
  page?: BoardPage
  onPage: (step: -1 | 1) => void
}) => (
  <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-3" data-testid="board-toolbar">
    <div className="flex items-center gap-x-2">
      <IconButton size="small" variant="transparent" onClick={() => onStep(-1)} data-testid="board-prev" aria-label="Previous">
        <ChevronLeft />
      </IconButton>
      <Button size="small" variant="secondary" onClick={onToday} data-testid="board-today">
        Today
      </Button>
      <IconButton size="small" variant="transparent" onClick={() => onStep(1)} data-testid="board-next" aria-label="Next">
        <ChevronRight />
      </IconButton>
      <Text size="small" weight="plus" data-testid="board-range">
        {rangeLabel(view, from, to)}
      </Text>
    </div>
    <div className="flex items-center gap-x-2">
      {page && <TechnicianPager page={page} onPage={onPage} />}
      <div className="w-[200px]">
        <OptionalSelect
          testId="board-team"
          value={teamId || null}
          onChange={(v) => onTeam(v ?? "")}
          emptyLabel="All teams"
          options={teams.map((t) => ({ value: t.id, label: t.name }))}
        />
      </div>
      <div className="bg-ui-bg-subtle flex rounded-md p-0.5">
        {(["day", "week"] as const).map((v) => (
          <Button
            key={v}
            size="small"
            variant={view === v ? "secondary" : "transparent"}
            onClick={() => onView(v)}
            data-testid={`board-view-${v}`}
            aria-pressed={view === v}
          >
            {v === "day" ? "Day" : "Week"}
          </Button>
        ))}
      </div>
    </div>
  </div>
)
