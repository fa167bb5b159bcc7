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
  buildRecurrence(input.recurrence, anchor).between(from, to, true, (date) => {
    if ((!input.after || date > input.after) && !suspended(date)) {
      result.push(date)
    }
    return result.length < limit
  })
  return result
}
