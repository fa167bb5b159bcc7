import { DateTime } from "luxon"
import { BusinessCalendar } from "./business-time"

export type TimeWindow = { starts_at: Date; ends_at: Date }

/**
 * The concrete working intervals of a weekly calendar (a technician's working hours, in their own
 * time zone) that meet [from, to), clipped to it, in time order. Each local day is built in the
 * calendar's zone, so a DST change moves the UTC times, not the local working hours.
 */
export function workingPeriodsBetween(calendar: Pick<BusinessCalendar, "timezone" | "working_hours">, from: Date, to: Date): TimeWindow[] {
  const out: TimeWindow[] = []
  let day = DateTime.fromJSDate(from, { zone: calendar.timezone }).startOf("day")
  const end = DateTime.fromJSDate(to, { zone: calendar.timezone })
  while (day < end) {
    const periods = calendar.working_hours[day.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7] ?? []
    for (const p of [...periods].sort((a, b) => a.start.localeCompare(b.start))) {
      const at = (clock: string) => {
        const [h, m] = clock.split(":").map(Number)
        return h === 24 ? day.plus({ days: 1 }) : day.set({ hour: h, minute: m })
      }
      const starts = DateTime.max(at(p.start), DateTime.fromJSDate(from))
      const ends = DateTime.min(at(p.end), DateTime.fromJSDate(to))
      if (ends > starts) {
        out.push({ starts_at: starts.toJSDate(), ends_at: ends.toJSDate() })
      }
    }
    day = day.plus({ days: 1 })
  }
  return out
}

/** Whether [starts_at, ends_at) lies inside the union of `periods` (touching periods join). */
export function isCovered(window: TimeWindow, periods: TimeWindow[]): boolean {
  let cursor = window.starts_at.getTime()
  const end = window.ends_at.getTime()
  for (const p of [...periods].sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime())) {
    if (p.starts_at.getTime() > cursor) {
      break
    }
    cursor = Math.max(cursor, p.ends_at.getTime())
    if (cursor >= end) {
      return true
    }
  }
  return cursor >= end
}

/** Whether two half-open windows share any time. */
export const overlaps = (a: TimeWindow, b: TimeWindow) =>
  a.starts_at.getTime() < b.ends_at.getTime() && b.starts_at.getTime() < a.ends_at.getTime()
