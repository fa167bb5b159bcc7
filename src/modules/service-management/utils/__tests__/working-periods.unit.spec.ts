import { assignmentRuleViolations } from "../assignment-rules"
import { isCovered, workingPeriodsBetween } from "../working-periods"

const weekdays = (start: string, end: string) =>
  Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [{ start, end }]])) as Record<number, { start: string; end: string }[]>
const iso = (p: { starts_at: Date; ends_at: Date }) => [p.starts_at.toISOString(), p.ends_at.toISOString()]

describe("workingPeriodsBetween", () => {
  it.each([
    [
      "a week in Amsterdam in winter: five days 08:00–17:00 local = 07:00–16:00 UTC",
      { timezone: "Europe/Amsterdam", working_hours: weekdays("08:00", "17:00") },
      "2026-11-23T00:00:00Z",
      "2026-11-30T00:00:00Z",
      5,
      ["2026-11-23T07:00:00.000Z", "2026-11-23T16:00:00.000Z"],
    ],
    [
      "clipped to the window",
      { timezone: "UTC", working_hours: weekdays("08:00", "17:00") },
      "2026-11-23T10:00:00Z",
      "2026-11-23T12:00:00Z",
      1,
      ["2026-11-23T10:00:00.000Z", "2026-11-23T12:00:00.000Z"],
    ],
    [
      "the Monday after DST ends in New York (Nov 2, 2026): 09:00 local is 14:00 UTC",
      { timezone: "America/New_York", working_hours: weekdays("09:00", "17:00") },
      "2026-11-02T00:00:00Z",
      "2026-11-03T00:00:00Z",
      1,
      ["2026-11-02T14:00:00.000Z", "2026-11-02T22:00:00.000Z"],
    ],
    [
      "the Friday before DST ends in New York: 09:00 local is 13:00 UTC",
      { timezone: "America/New_York", working_hours: weekdays("09:00", "17:00") },
      "2026-10-30T00:00:00Z",
      "2026-10-31T00:00:00Z",
      1,
      ["2026-10-30T13:00:00.000Z", "2026-10-30T21:00:00.000Z"],
    ],
    [
      "a weekend has none",
      { timezone: "Europe/Berlin", working_hours: weekdays("08:00", "17:00") },
      "2026-11-28T00:00:00Z",
      "2026-11-30T00:00:00Z",
      0,
      null,
    ],
    [
      "a late shift closing at 24:00",
      { timezone: "UTC", working_hours: { 1: [{ start: "16:00", end: "24:00" }] } },
      "2026-11-23T00:00:00Z",
      "2026-11-25T00:00:00Z",
      1,
      ["2026-11-23T16:00:00.000Z", "2026-11-24T00:00:00.000Z"],
    ],
  ])("%s", (_name, calendar, from, to, count, first) => {
    const periods = workingPeriodsBetween(calendar as Parameters<typeof workingPeriodsBetween>[0], new Date(from), new Date(to))
    expect(periods).toHaveLength(count)
    if (first) {
      expect(iso(periods[0])).toEqual(first)
    }
  })
})

describe("isCovered", () => {
  const p = (a: string, b: string) => ({ starts_at: new Date(`2026-11-23T${a}:00Z`), ends_at: new Date(`2026-11-23T${b}:00Z`) })
  it.each([
    ["inside one period", p("09:00", "10:00"), [p("08:00", "12:00")], true],
    ["across touching periods", p("11:00", "13:00"), [p("08:00", "12:00"), p("12:00", "17:00")], true],
    ["across a lunch gap", p("11:00", "13:00"), [p("08:00", "12:00"), p("12:30", "17:00")], false],
    ["starting before the day", p("07:30", "09:00"), [p("08:00", "12:00")], false],
    ["no periods", p("09:00", "10:00"), [], false],
  ])("%s", (_n, window, periods, expected) => {
    expect(isCovered(window, periods)).toBe(expected)
  })
})

describe("assignmentRuleViolations", () => {
  const technician = { timezone: "Europe/Amsterdam", working_hours: weekdays("08:00", "17:00"), skills: ["gas"] }
  const window = (a: string, b: string) => ({ starts_at: new Date(a), ends_at: new Date(b) })

  it("accepts a window inside the working hours with the skills and no absence", () => {
    expect(
      assignmentRuleViolations({ window: window("2026-11-23T08:00:00Z", "2026-11-23T10:00:00Z"), technician, absences: [], required_skills: ["gas"] })
    ).toEqual([])
  })

  it("names every rule broken: after hours, an absence, a missing skill", () => {
    const rules = assignmentRuleViolations({
      window: window("2026-11-23T15:00:00Z", "2026-11-23T17:00:00Z"),
      technician,
      absences: [{ ...window("2026-11-23T16:30:00Z", "2026-11-24T00:00:00Z"), reason: "sick" }],
      required_skills: ["gas", "electric", "electric"],
    })
    expect(rules.map((r) => r.rule)).toEqual(["outside_working_hours", "absence", "missing_skill"])
    expect(rules[0].message).toMatch(/Mon 23 Nov 16:00–18:00 \(Europe\/Amsterdam\)/)
    expect(rules[2].message).toBe("the technician lacks the required skill(s) electric")
  })

  it("lets an absence that ends when the window starts pass", () => {
    const rules = assignmentRuleViolations({
      window: window("2026-11-23T09:00:00Z", "2026-11-23T10:00:00Z"),
      technician,
      absences: [{ ...window("2026-11-23T07:00:00Z", "2026-11-23T09:00:00Z"), reason: "training" }],
      required_skills: [],
    })
    expect(rules).toEqual([])
  })
})
