import { addBusinessMinutes, BusinessCalendar, businessMinutesBetween, validateBusinessCalendar } from "../business-time"

const weekdays = (periods: { start: string; end: string }[]) => ({ 1: periods, 2: periods, 3: periods, 4: periods, 5: periods })
const office = (timezone: string, holidays: BusinessCalendar["holidays"] = []): BusinessCalendar => ({
  timezone,
  working_hours: weekdays([{ start: "09:00", end: "17:00" }]),
  holidays,
})
const allDay = (timezone: string): BusinessCalendar => ({
  timezone,
  working_hours: { 1: [{ start: "00:00", end: "24:00" }], 2: [{ start: "00:00", end: "24:00" }], 3: [{ start: "00:00", end: "24:00" }], 4: [{ start: "00:00", end: "24:00" }], 5: [{ start: "00:00", end: "24:00" }], 6: [{ start: "00:00", end: "24:00" }], 7: [{ start: "00:00", end: "24:00" }] },
})

// Every expected instant below was worked out by hand from the calendar and the zone's UTC offset.
describe("addBusinessMinutes", () => {
  it.each([
    ["within a working day (Amsterdam, CET = UTC+1)", office("Europe/Amsterdam"), "2026-11-20T10:00:00Z", 60, "2026-11-20T11:00:00.000Z"],
    ["to the end of the day exactly", office("Europe/Amsterdam"), "2026-11-20T15:00:00Z", 60, "2026-11-20T16:00:00.000Z"],
    ["over a weekend: Fri 16:00 + 2h = Mon 10:00 local", office("Europe/Amsterdam"), "2026-11-20T15:00:00Z", 120, "2026-11-23T09:00:00.000Z"],
    ["from before opening", office("Europe/Amsterdam"), "2026-11-23T05:00:00Z", 30, "2026-11-23T08:30:00.000Z"],
    ["from a Saturday", office("Europe/Amsterdam"), "2026-11-21T12:00:00Z", 60, "2026-11-23T09:00:00.000Z"],
    ["over Christmas holidays (Fri 25, Sat 26)", office("Europe/Amsterdam", [{ from: "2026-12-25", to: "2026-12-26" }]), "2026-12-24T15:00:00Z", 120, "2026-12-28T09:00:00.000Z"],
    ["New York office (EST = UTC−5)", office("America/New_York"), "2026-11-20T21:30:00Z", 60, "2026-11-23T14:30:00.000Z"],
    ["Tokyo office (JST = UTC+9), same instant", office("Asia/Tokyo"), "2026-11-20T21:30:00Z", 60, "2026-11-23T01:00:00.000Z"],
    ["24/7 across the autumn DST change: real minutes count", allDay("Europe/Amsterdam"), "2026-10-24T10:00:00Z", 1440, "2026-10-25T10:00:00.000Z"],
    ["9–17 on the day clocks go back (Amsterdam, Mon after)", office("Europe/Amsterdam"), "2026-10-23T14:00:00Z", 120, "2026-10-26T09:00:00.000Z"],
    ["9–17 across the spring DST change: Fri 16:00 EST + 2h = Mon 10:00 EDT", office("America/New_York"), "2026-03-06T21:00:00Z", 120, "2026-03-09T14:00:00.000Z"],
    ["a lunch break", { timezone: "UTC", working_hours: weekdays([{ start: "09:00", end: "12:00" }, { start: "13:00", end: "17:00" }]) }, "2026-11-23T11:30:00Z", 60, "2026-11-23T13:30:00.000Z"],
    ["zero minutes inside working time", office("UTC"), "2026-11-23T10:00:00Z", 0, "2026-11-23T10:00:00.000Z"],
  ])("%s", (_, calendar, from, minutes, expected) => {
    expect(addBusinessMinutes(calendar as BusinessCalendar, new Date(from), minutes).toISOString()).toBe(expected)
  })

  it("stops on a calendar without working time", () => {
    expect(() => addBusinessMinutes({ timezone: "UTC", working_hours: {} }, new Date(), 10)).toThrow(/no working time/)
  })
})

describe("businessMinutesBetween", () => {
  it.each([
    ["Fri 16:00 → Mon 10:00 local", office("Europe/Amsterdam"), "2026-11-20T15:00:00Z", "2026-11-23T09:00:00Z", 120],
    ["a whole week", office("UTC"), "2026-11-23T00:00:00Z", "2026-11-30T00:00:00Z", 2400],
    ["a week with a holiday", office("UTC", [{ from: "2026-11-26" }]), "2026-11-23T00:00:00Z", "2026-11-30T00:00:00Z", 1920],
    ["the 23-hour spring-forward Sunday (New York, 24/7)", allDay("America/New_York"), "2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z", 1380],
    ["the 25-hour fall-back Sunday (Amsterdam, 24/7)", allDay("Europe/Amsterdam"), "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z", 1500],
    ["reversed instants", office("UTC"), "2026-11-24T10:00:00Z", "2026-11-23T10:00:00Z", 0],
  ])("%s", (_, calendar, from, to, expected) => {
    expect(businessMinutesBetween(calendar as BusinessCalendar, new Date(from), new Date(to))).toBe(expected)
  })

  it("is the inverse of addBusinessMinutes", () => {
    const calendar = office("Australia/Sydney", [{ from: "2026-12-25", to: "2026-12-28" }])
    const from = new Date("2026-12-22T03:17:00Z")
    for (const minutes of [1, 59, 480, 1000, 4321]) {
      expect(businessMinutesBetween(calendar, from, addBusinessMinutes(calendar, from, minutes))).toBe(minutes)
    }
  })
})

describe("validateBusinessCalendar", () => {
  it("accepts a sound calendar", () => {
    expect(validateBusinessCalendar(office("Europe/Berlin", [{ from: "2026-12-25", to: "2026-12-26" }]))).toEqual([])
  })

  it.each([
    [{ ...office("Mars/Olympus") }, /not an IANA time zone/],
    [{ timezone: "UTC", working_hours: { 1: [{ start: "17:00", end: "09:00" }] } }, /ends before it starts/],
    [{ timezone: "UTC", working_hours: { 1: [{ start: "09:00", end: "12:00" }, { start: "11:00", end: "14:00" }] } }, /overlaps/],
    [{ timezone: "UTC", working_hours: { 1: [{ start: "9am", end: "12:00" }] } }, /not a HH:mm period/],
    // Deliberately bad input: weekday 8 is outside the type.
    [{ timezone: "UTC", working_hours: { 8: [{ start: "09:00", end: "12:00" }] } as any }, /weekday 8/],
    [{ timezone: "UTC", working_hours: {} }, /no working time/],
    [office("UTC", [{ from: "2026-12-24", to: "2026-12-26" }, { from: "2026-12-26" }]), /overlap/],
    [office("UTC", [{ from: "2026-12-26", to: "2026-12-24" }]), /not a valid date range/],
  ])("refuses %j", (calendar, message) => {
    expect(validateBusinessCalendar(calendar as BusinessCalendar).join("; ")).toMatch(message)
  })
})
