import { DateTime, Interval } from "luxon"

/** "HH:mm" within a day; "24:00" closes a day. */
export type ClockTime = string

export type WorkingPeriod = { start: ClockTime; end: ClockTime }

/**
 * When a service organisation works: its IANA time zone, working periods per ISO weekday
 * (1 = Monday … 7 = Sunday) and holidays (whole local days, `to` inclusive).
 */
export type BusinessCalendar = {
  timezone: string
  working_hours: Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, WorkingPeriod[]>>
  holidays?: { from: string; to?: string | null; name?: string | null }[]
}

// No calendar worth having leaves ten years without a working minute; stop rather than spin.
const MAX_DAYS = 3660

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/

function minutesOfDay(time: ClockTime): number {
  const [h, m] = time.split(":").map(Number)
  return h * 60 + m
}

/** Problems with a calendar, in words; empty when it is usable. */
export function validateBusinessCalendar(calendar: BusinessCalendar): string[] {
  const problems: string[] = []
  if (!DateTime.now().setZone(calendar.timezone).isValid) {
    problems.push(`"${calendar.timezone}" is not an IANA time zone`)
  }
  let total = 0
  for (const [day, periods] of Object.entries(calendar.working_hours ?? {})) {
    if (!/^[1-7]$/.test(day)) {
      problems.push(`working_hours has weekday ${day}; use 1 (Monday) to 7 (Sunday)`)
      continue
    }
    const sorted = [...(periods ?? [])].sort((a, b) => a.start.localeCompare(b.start))
    sorted.forEach((p, i) => {
      if (!CLOCK.test(p.start) || !CLOCK.test(p.end) || p.start === "24:00") {
        problems.push(`weekday ${day}: ${p.start}–${p.end} is not a HH:mm period`)
        return
      }
      if (minutesOfDay(p.end) <= minutesOfDay(p.start)) {
        problems.push(`weekday ${day}: ${p.start}–${p.end} ends before it starts`)
      }
      const next = sorted[i + 1]
      if (next && minutesOfDay(next.start) < minutesOfDay(p.end)) {
        problems.push(`weekday ${day}: ${p.start}–${p.end} overlaps ${next.start}–${next.end}`)
      }
      total += Math.max(0, minutesOfDay(p.end) - minutesOfDay(p.start))
    })
  }
  if (!total) {
    problems.push("working_hours has no working time")
  }
  const ranges = (calendar.holidays ?? []).map((h) => {
    const from = DateTime.fromISO(h.from, { zone: "utc" })
    const to = DateTime.fromISO(h.to ?? h.from, { zone: "utc" })
    if (!from.isValid || !to.isValid || to < from) {
      problems.push(`holiday ${h.from}${h.to ? `–${h.to}` : ""} is not a valid date range`)
    }
    return { h, from, to }
  })
  ranges
    .filter((r) => r.from.isValid && r.to.isValid)
    .sort((a, b) => a.from.toMillis() - b.from.toMillis())
    .forEach((r, i, all) => {
      const next = all[i + 1]
      if (next && next.from <= r.to) {
        problems.push(`holidays ${r.h.from} and ${next.h.from} overlap`)
      }
    })
  return problems
}

function isHoliday(calendar: BusinessCalendar, day: DateTime): boolean {
  const iso = day.toISODate()!
  return (calendar.holidays ?? []).some((h) => iso >= h.from && iso <= (h.to ?? h.from))
}

/** The working intervals of one local day, as real instants (DST-safe: luxon resolves local times). */
function workingIntervals(calendar: BusinessCalendar, day: DateTime): Interval[] {
  if (isHoliday(calendar, day)) {
    return []
  }
  const periods = calendar.working_hours[day.weekday as 1] ?? []
  return periods
    .map((p) => {
      const at = (time: ClockTime) =>
        time === "24:00" ? day.plus({ days: 1 }).startOf("day") : day.set({ hour: +time.slice(0, 2), minute: +time.slice(3, 5) })
      return Interval.fromDateTimes(at(p.start), at(p.end))
    })
    .filter((i) => i.isValid)
    .sort((a, b) => a.start!.toMillis() - b.start!.toMillis())
}

/** Walks working intervals from `from` onwards, day by day in the calendar's zone. */
function* workingTimeFrom(calendar: BusinessCalendar, from: Date): Generator<Interval> {
  const start = DateTime.fromJSDate(from).setZone(calendar.timezone)
  let day = start.startOf("day")
  for (let i = 0; i < MAX_DAYS; i++, day = day.plus({ days: 1 }).startOf("day")) {
    for (const interval of workingIntervals(calendar, day)) {
      if (interval.end! <= start) {
        continue
      }
      yield interval.start! < start ? Interval.fromDateTimes(start, interval.end!) : interval
    }
  }
  throw new Error(`The calendar has no working time within ${MAX_DAYS} days of ${start.toISO()}`)
}

/** The instant `minutes` business minutes after `from`. */
export function addBusinessMinutes(calendar: BusinessCalendar, from: Date, minutes: number): Date {
  let left = minutes
  for (const interval of workingTimeFrom(calendar, from)) {
    const length = interval.length("minutes")
    if (left <= length) {
      return interval.start!.plus({ minutes: left }).toJSDate()
    }
    left -= length
  }
  /* istanbul ignore next: the generator throws before it ends */
  throw new Error("unreachable")
}

/** Business minutes between two instants (0 when `to` is not after `from`). */
export function businessMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  if (to <= from) {
    return 0
  }
  const end = DateTime.fromJSDate(to)
  let total = 0
  for (const interval of workingTimeFrom(calendar, from)) {
    if (interval.start! >= end) {
      break
    }
    total += (interval.end! < end ? interval : Interval.fromDateTimes(interval.start!, end)).length("minutes")
  }
  return Math.round(total * 1000) / 1000
}
