/**
 * Geometry of the dispatch board's time axis, in the browser's local time: a view is a run of day
 * segments (one in the day view, seven in the week view), each showing DAY_START–DAY_END cut into
 * equal slots. Pure functions, so positions and drops are unit-tested without a browser.
 */
export type BoardView = "day" | "week"

export const DAY_START_HOUR = 6
export const DAY_END_HOUR = 20
export const SNAP_MINUTES = 30
const MINUTE = 60_000

export type Segment = { start: Date; end: Date }
export type Axis = { view: BoardView; slotMinutes: number; segments: Segment[]; from: Date; to: Date }

export const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate())

const addDays = (d: Date, days: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days)

/** Monday of the ISO week holding `d`. */
export const startOfWeek = (d: Date) => addDays(startOfDay(d), -((d.getDay() + 6) % 7))

const atHour = (day: Date, hour: number) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour)

/** The axis of a view around `anchor`: the whole days fetched (from/to) and the visible segments. */
export const buildAxis = (view: BoardView, anchor: Date): Axis => {
  const first = view === "day" ? startOfDay(anchor) : startOfWeek(anchor)
  const days = view === "day" ? 1 : 7
  const segments = Array.from({ length: days }, (_, i) => {
    const day = addDays(first, i)
    return { start: atHour(day, DAY_START_HOUR), end: atHour(day, DAY_END_HOUR) }
  })
  return { view, slotMinutes: view === "day" ? 30 : 60, segments, from: first, to: addDays(first, days) }
}

/** The anchor date one view step before (-1) or after (+1). */
export const shiftAnchor = (view: BoardView, anchor: Date, step: -1 | 1) => addDays(anchor, step * (view === "day" ? 1 : 7))

export const slotsPerSegment = (axis: Axis) => ((DAY_END_HOUR - DAY_START_HOUR) * 60) / axis.slotMinutes

/** Where `t` sits on the axis, 0..1; times between segments (nights) collapse onto the boundary. */
export const fractionOf = (axis: Axis, t: Date | string): number => {
  const ms = new Date(t).getTime()
  const width = 1 / axis.segments.length
  let out = 0
  axis.segments.forEach((s, i) => {
    const a = s.start.getTime()
    const b = s.end.getTime()
    if (ms >= b) {
      out = (i + 1) * width
    } else if (ms > a) {
      out = i * width + ((ms - a) / (b - a)) * width
    }
  })
  return out
}

/** Left offset and width (fractions of the axis) of an interval, or null when none of it is visible. */
export const placeInterval = (axis: Axis, startsAt: string | Date, endsAt: string | Date) => {
  const left = fractionOf(axis, startsAt)
  const right = fractionOf(axis, endsAt)
  return right - left > 0 ? { left, width: right - left } : null
}

/** The start of the slot at fraction `f` (0..1) of the axis. */
export const slotStartAt = (axis: Axis, f: number): Date => {
  const perSegment = slotsPerSegment(axis)
  const total = perSegment * axis.segments.length
  const index = Math.min(total - 1, Math.max(0, Math.floor(f * total)))
  const segment = axis.segments[Math.floor(index / perSegment)]
  return new Date(segment.start.getTime() + (index % perSegment) * axis.slotMinutes * MINUTE)
}

/** An order's planned duration: its estimate (or one hour), rounded up to whole 30-minute steps. */
export const plannedMinutes = (estimated?: number | null) => {
  const minutes = estimated && estimated > 0 ? estimated : 60
  return Math.ceil(minutes / SNAP_MINUTES) * SNAP_MINUTES
}

export const addMinutes = (d: Date | string, minutes: number) => new Date(new Date(d).getTime() + minutes * MINUTE)

export type Urgency = "breached" | "due_soon" | "normal"

/** SLA urgency of a queued order: breached (a due time passed), due within 4 h, or normal. */
export const urgencyOf = (
  order: { response_due_at?: string | null; resolution_due_at?: string | null },
  now = new Date()
): Urgency => {
  const dues = [order.response_due_at, order.resolution_due_at]
    .filter((d): d is string => !!d)
    .map((d) => new Date(d).getTime())
  if (!dues.length) {
    return "normal"
  }
  const next = Math.min(...dues)
  if (next <= now.getTime()) {
    return "breached"
  }
  return next - now.getTime() < 4 * 60 * MINUTE ? "due_soon" : "normal"
}

/** `HH:MM` in local time. */
export const formatClock = (d: Date | string) => {
  const x = new Date(d)
  return `${String(x.getHours()).padStart(2, "0")}:${String(x.getMinutes()).padStart(2, "0")}`
}

/** `YYYY-MM-DD` of a local date (the board keeps it in the URL). */
export const toLocalDateParam = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`

export const fromLocalDateParam = (value: string | null): Date | null => {
  const m = value?.match(/^(\d{4})-(\d{2})-(\d{2})$/)
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null
}

export const isSameDay = (a: Date, b: Date) => startOfDay(a).getTime() === startOfDay(b).getTime()

