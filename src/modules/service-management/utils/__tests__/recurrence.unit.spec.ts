import { buildRecurrence, describeRecurrence, lineOccurrences, LineOccurrencesInput, startOfUtcDay, validateRecurrence } from "../recurrence"

const d = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
const days = (dates: Date[]) => dates.map((x) => x.toISOString().slice(0, 10))
const quarterly = "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1"
const base = (over: Partial<LineOccurrencesInput> = {}): LineOccurrencesInput => ({
  recurrence: quarterly,
  agreement: { valid_from: d("2026-01-15"), valid_to: null },
  line: {},
  until: d("2026-12-31"),
  ...over,
})

// Expected dates worked out by hand from the rule, its anchor and the windows.
describe("lineOccurrences", () => {
  it.each([
    ["quarterly on the 1st from the agreement start (Jan 1 is before it)", base(), ["2026-04-01", "2026-07-01", "2026-10-01"]],
    [
      "anchored at the line's own start, which changes the phase",
      base({ line: { valid_from: d("2026-05-01") } }),
      ["2026-05-01", "2026-08-01", "2026-11-01"],
    ],
    ["cut at the agreement's end", base({ agreement: { valid_from: d("2026-01-15"), valid_to: d("2026-08-15") } }), ["2026-04-01", "2026-07-01"]],
    ["cut at the line's end", base({ line: { valid_to: d("2026-06-30") } }), ["2026-04-01"]],
    ["until is inclusive (any time on the day)", base({ until: d("2026-07-01T08:00:00Z") }), ["2026-04-01", "2026-07-01"]],
    ["nothing before the start", base({ until: d("2026-01-10") }), []],
    ["a line ending before the agreement starts", base({ line: { valid_to: d("2026-01-01") } }), []],
    [
      "catches up missed periods over years",
      base({ until: d("2027-12-31") }),
      ["2026-04-01", "2026-07-01", "2026-10-01", "2027-01-01", "2027-04-01", "2027-07-01", "2027-10-01"],
    ],
    ["a limit takes the oldest first", base({ limit: 2 }), ["2026-04-01", "2026-07-01"]],
    ["after excludes what is not later", base({ after: d("2026-07-01") }), ["2026-10-01"]],
    [
      "weekly on Mondays, skipping a suspension (suspended on Tue 3 Feb, resumed on Tue 17 Feb)",
      base({
        recurrence: "FREQ=WEEKLY;BYDAY=MO",
        agreement: { valid_from: d("2026-01-26") },
        until: d("2026-03-01"),
        suspensions: [{ from: "2026-02-03T10:00:00Z", to: "2026-02-17T09:00:00Z" }],
      }),
      ["2026-01-26", "2026-02-02", "2026-02-23"],
    ],
    [
      "a suspension resumed on the due day generates that day",
      base({
        recurrence: "FREQ=WEEKLY;BYDAY=MO",
        agreement: { valid_from: d("2026-01-26") },
        until: d("2026-02-10"),
        suspensions: [{ from: d("2026-01-28"), to: d("2026-02-09T15:00:00Z") }],
      }),
      ["2026-01-26", "2026-02-09"],
    ],
    [
      "an ongoing suspension generates nothing from its day on",
      base({ suspensions: [{ from: d("2026-06-15"), to: null }] }),
      ["2026-04-01"],
    ],
    [
      "29 February only in leap years",
      base({ recurrence: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", until: d("2032-12-31") }),
      ["2028-02-29", "2032-02-29"],
    ],
    [
      "the time of day of valid_from does not matter: occurrences are days",
      base({ agreement: { valid_from: d("2026-01-15T17:45:00Z") }, until: d("2026-05-01") }),
      ["2026-04-01"],
    ],
    [
      "COUNT in the rule counts from the anchor",
      base({ recurrence: "FREQ=MONTHLY;BYMONTHDAY=1;COUNT=2", until: d("2027-12-31") }),
      ["2026-02-01", "2026-03-01"],
    ],
  ])("%s", (_, input, expected) => {
    expect(days(lineOccurrences(input as LineOccurrencesInput))).toEqual(expected)
  })
})

// Plain steps (FREQ with at most INTERVAL) are computed without RRule: the same dates as RRule's,
// over anchors on month ends and 29 February, windows starting before, on and after the anchor,
// and a cursor's look-ahead (`after`, `limit`).
describe("lineOccurrences of a plain step gives RRule's dates", () => {
  const rules = ["FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY", "RRULE:FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=3", "FREQ=MONTHLY;INTERVAL=5", "FREQ=YEARLY", "FREQ=YEARLY;INTERVAL=2"]
  const anchors = ["2024-01-28", "2024-01-29", "2024-01-30", "2024-01-31", "2024-02-29", "2024-03-31", "2024-05-31", "2025-12-31", "2026-06-15T13:20:00Z"]
  const cases = rules.flatMap((rule) => anchors.map((anchor) => [rule, anchor] as const))
  it.each(cases)("%s from %s", (recurrence, anchor) => {
    for (const [fromDays, untilDays] of [[-40, 400], [0, 0], [0, 31], [45, 800], [365, 2200]]) {
      const from = new Date(d(anchor).getTime() + fromDays * 86400000)
      const until = new Date(d(anchor).getTime() + untilDays * 86400000 + 5 * 3600000)
      const input = { recurrence, agreement: { valid_from: from }, line: { valid_from: d(anchor) }, until }
      const rrule = buildRecurrence(recurrence, d(anchor))
      const start = startOfUtcDay(from > d(anchor) ? from : d(anchor))
      expect(days(lineOccurrences(input))).toEqual(days(rrule.between(start, until, true)))
      const after = new Date(from.getTime() + 100 * 86400000)
      expect(days(lineOccurrences({ ...input, until: new Date(after.getTime() + 3660 * 86400000), after, limit: 1 }))).toEqual(
        days([rrule.after(after, false)].filter((x): x is Date => !!x && x >= start))
      )
    }
  })
})

describe("validateRecurrence", () => {
  it.each([quarterly, "RRULE:FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "FREQ=DAILY;INTERVAL=14"])(
    "accepts %s",
    (rule) => {
      expect(validateRecurrence(rule)).toEqual([])
    }
  )

  it.each([
    ["", /empty/],
    ["garbage", /not a valid RRULE/],
    ["FREQ=SOMETIMES", /valid FREQ/],
    ["FREQ=DAILY;FOO=1", /not a valid RRULE/],
    ["INTERVAL=2", /valid FREQ/],
    ["FREQ=HOURLY", /more often than daily/],
    ["FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31", /never occurs/],
    ["DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY", /without DTSTART/],
  ])("refuses %j", (rule, message) => {
    expect(validateRecurrence(rule).join("; ")).toMatch(message)
  })
})

describe("describeRecurrence", () => {
  it.each([
    [quarterly, "every 3 months on the 1st"],
    ["FREQ=WEEKLY;BYDAY=MO", "every week on Monday"],
    ["RRULE:FREQ=YEARLY", "every year"],
  ])("%s reads %j", (rule, text) => {
    expect(describeRecurrence(rule)).toBe(text)
  })
})
