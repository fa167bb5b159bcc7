import { Frequency, Options, RRule } from "rrule"

/** Coarsest first: generating service orders more often than daily is not a service agreement. */
const ALLOWED_FREQUENCIES = [Frequency.YEARLY, Frequency.MONTHLY, Frequency.WEEKLY, Frequency.DAILY]
// A rule that yields nothing within this many years is a mistake (e.g. BYMONTHDAY=31;BYMONTH=2).
const PROBE_YEARS = 10
const DAY_MS = 24 * 60 * 60 * 1000

export type DateWindow = { from: Date; to?: Date | null }

function stripPrefix(rule: string): string {
  return rule.trim().replace(/^RRULE:/i, "")
}

/** Problems with an RRULE string, in words; empty when it is usable for an agreement line. */
export function validateRecurrence(rule: string): string[] {
  const text = stripPrefix(rule ?? "")
  if (!text) {
    return ["recurrence is empty; give an RRULE such as FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1"]
  }
  if (/DTSTART|\n/i.test(text)) {
    return ["recurrence must be a single RRULE without DTSTART; the start comes from the line's or agreement's valid_from"]
  }
  let options: Partial<Options>
  try {
    options = RRule.parseString(text)
  } catch (e) {
    return [`recurrence "${rule}" is not a valid RRULE: ${(e as Error).message}`]
  }
  if (options.freq === undefined || options.freq === null) {
    return [`recurrence "${rule}" needs a valid FREQ (YEARLY, MONTHLY, WEEKLY or DAILY)`]
  }
  if (!ALLOWED_FREQUENCIES.includes(options.freq)) {
    return [`recurrence "${rule}" repeats more often than daily; use FREQ=DAILY or coarser`]
  }
  if (options.interval !== undefined && (!Number.isInteger(options.interval) || options.interval < 1)) {
    return [`recurrence "${rule}" has an invalid INTERVAL`]
  }
  try {
    const probeStart = new Date(Date.UTC(2000, 0, 1))
    const probe = new RRule({ ...options, dtstart: probeStart, until: null, count: null })
    const probeEnd = new Date(probeStart.getTime() + PROBE_YEARS * 366 * DAY_MS)
    if (!probe.between(probeStart, probeEnd, true, (_, i) => i < 1).length) {
      return [`recurrence "${rule}" never occurs`]
    }
  } catch (e) {
    return [`recurrence "${rule}" is not a valid RRULE: ${(e as Error).message}`]
  }
  return []
}

/** Occurrences are calendar days: the rule is anchored at midnight UTC of the start date. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}

/** The rule anchored at `dtstart` (its day, midnight UTC). Assumes `validateRecurrence` passed. */
export function buildRecurrence(rule: string, dtstart: Date): RRule {
  return new RRule({ ...RRule.parseString(stripPrefix(rule)), dtstart: startOfUtcDay(dtstart) })
}

/** The rule in words, e.g. "every 3 months on the 1st". */
export function describeRecurrence(rule: string): string {
  return RRule.fromString(stripPrefix(rule)).toText()
}

function latest(...dates: (Date | null | undefined)[]): Date {
  return new Date(Math.max(...dates.filter((d): d is Date => !!d).map((d) => d.getTime())))
}

function earliest(...dates: (Date | null | undefined)[]): Date | null {
  const given = dates.filter((d): d is Date => !!d)
  return given.length ? new Date(Math.min(...given.map((d) => d.getTime()))) : null
}

/** A rule that only steps from its anchor: `FREQ` (daily to yearly) and at most `INTERVAL`. */
type PlainStep = { unit: "day" | "month"; step: number }
const PLAIN_UNITS: Record<string, PlainStep> = {
  DAILY: { unit: "day", step: 1 },
  WEEKLY: { unit: "day", step: 7 },
  MONTHLY: { unit: "month", step: 1 },
  YEARLY: { unit: "month", step: 12 },
}
const plainSteps = new Map<string, PlainStep | null>()

/** The rule as a plain step, or null when it has any other part (BYDAY, COUNT, UNTIL …): those go through RRule. */
function plainStep(rule: string): PlainStep | null {
  let plain = plainSteps.get(rule)
  if (plain === undefined) {
    const parts = new Map(stripPrefix(rule).split(";").map((part) => part.split("=") as [string, string]))
    const unit = PLAIN_UNITS[parts.get("FREQ") ?? ""]
    const interval = parts.has("INTERVAL") ? Number(parts.get("INTERVAL")) : 1
    const onlyThose = [...parts.keys()].every((k) => k === "FREQ" || k === "INTERVAL")
    plain = unit && onlyThose && Number.isInteger(interval) && interval >= 1 ? { unit: unit.unit, step: unit.step * interval } : null
    plainSteps.set(rule, plain)
  }
  return plain
}

/**
 * The dates of a plain step anchored at `anchor` (midnight UTC) within [from, to], oldest first,
 * while `take` says go on: arithmetic on UTC days, the dates RRule yields (a unit test compares
 * them) without building and iterating an RRule per line. As RRULE says, a monthly or yearly step
 * onto a day the month lacks (the 31st, 29 February) is no occurrence, not the month's last day.
 */
function eachPlainDate(plain: PlainStep, anchor: Date, from: Date, to: Date, take: (date: Date) => boolean): void {
  const [year, month, day] = [anchor.getUTCFullYear(), anchor.getUTCMonth(), anchor.getUTCDate()]
  const nth =
    plain.unit === "day"
      ? (k: number) => new Date(anchor.getTime() + k * plain.step * DAY_MS)
      : (k: number) => new Date(Date.UTC(year, month + k * plain.step, day))
  const first =
    plain.unit === "day"
      ? Math.ceil((from.getTime() - anchor.getTime()) / (plain.step * DAY_MS))
      : Math.floor(((from.getUTCFullYear() - year) * 12 + from.getUTCMonth() - month) / plain.step)
  for (let k = Math.max(0, first); ; k++) {
    const date = nth(k)
    // Date.UTC rolls a missing day into the next month: that step has no occurrence.
    const lands = plain.unit === "day" || date.getUTCDate() === day
    if (lands && date > to) {
      return
    }
    if (lands && date >= from && !take(date)) {
      return
    }
    if (!lands && new Date(Date.UTC(year, month + k * plain.step, 1)) > to) {
      return
    }
  }
}

export type LineOccurrencesInput = {
  recurrence: string
  agreement: { valid_from: Date; valid_to?: Date | null }
  line: { valid_from?: Date | null; valid_to?: Date | null }
  /** Occurrences on or before this instant. */
  until: Date
  /** Only occurrences after this instant (exclusive), e.g. for a preview from today. */
  after?: Date | null
  /** Periods the agreement was suspended (`to` null: still suspended); they generate nothing. */
  suspensions?: { from: Date | string; to?: Date | string | null }[] | null
  limit?: number
}

/**
 * The due dates of an agreement line: the recurrence anchored at the line's start (else the
 * agreement's), inside both validity windows, up to `until`, outside suspensions; oldest first.
 * Every date in the window counts, so a late run catches up missed periods.
 */
export function lineOccurrences(input: LineOccurrencesInput): Date[] {
  const anchor = input.line.valid_from ?? input.agreement.valid_from
  const from = startOfUtcDay(latest(input.agreement.valid_from, input.line.valid_from))
  const to = earliest(input.agreement.valid_to, input.line.valid_to, input.until)!
  if (to < from) {
    return []
  }
  const suspensions = (input.suspensions ?? []).map((s) => ({
    from: new Date(s.from),
    to: s.to ? new Date(s.to) : null,
  }))
  // Day granularity: the day of suspending generates nothing, the day of resuming does.
  const suspended = (d: Date) =>
    suspensions.some((s) => d >= startOfUtcDay(s.from) && (!s.to || d < startOfUtcDay(s.to)))
  const limit = input.limit ?? Number.POSITIVE_INFINITY
  const result: Date[] = []
  const take = (date: Date) => {
    if ((!input.after || date > input.after) && !suspended(date)) {
      result.push(date)
    }
    return result.length < limit
  }
  const plain = plainStep(input.recurrence)
  if (plain) {
    // A cursor's look-ahead starts after `after`, not at the anchor years before it.
    eachPlainDate(plain, startOfUtcDay(anchor), input.after && input.after > from ? startOfUtcDay(input.after) : from, to, take)
  } else {
    buildRecurrence(input.recurrence, anchor).between(from, to, true, take)
  }
  return result
}
