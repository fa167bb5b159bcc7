import { BusinessCalendar } from "../business-time"
import { computeSla, computeSlaMetric, metTargetMinutes, SlaLogEntry, slaClockState, slaEventProblem, stageSlaEvents } from "../sla-clock"

const weekdays = (periods: { start: string; end: string }[]) => ({ 1: periods, 2: periods, 3: periods, 4: periods, 5: periods })
const office = (timezone: string, holidays: BusinessCalendar["holidays"] = []): BusinessCalendar => ({
  timezone,
  working_hours: weekdays([{ start: "09:00", end: "17:00" }]),
  holidays,
})
const start = (t: string): SlaLogEntry => ({ type: "start", occurred_at: t })
const pause = (t: string): SlaLogEntry => ({ type: "pause", reason_code: "waiting_for_customer", occurred_at: t })
const resume = (t: string): SlaLogEntry => ({ type: "resume", occurred_at: t })
const stop = (metric: "response" | "resolution", t: string): SlaLogEntry => ({ type: "stop", metric, occurred_at: t })
const iso = (d: Date | null) => d?.toISOString() ?? null

// Mon 2026-11-23 … Fri 2026-11-27 are working days; 9:00–17:00 UTC unless the case says otherwise.
// Every expected value below was worked out by hand.
describe("computeSlaMetric", () => {
  it.each([
    [
      "running: 2 of 4 hours used, due at 13:00",
      office("UTC"), [start("2026-11-23T09:00:00Z")], "response", 240, "2026-11-23T11:00:00Z",
      { actual_minutes: 120, remaining_minutes: 120, due_at: "2026-11-23T13:00:00.000Z", status: "running", breached: false },
    ],
    [
      "a pause 10:00–14:00 does not count and moves the due time",
      office("UTC"), [start("2026-11-23T09:00:00Z"), pause("2026-11-23T10:00:00Z"), resume("2026-11-23T14:00:00Z")], "response", 240, "2026-11-23T15:00:00Z",
      { actual_minutes: 120, due_at: "2026-11-23T17:00:00.000Z", status: "running", breached: false },
    ],
    [
      "paused short of the target: no due time",
      office("UTC"), [start("2026-11-23T09:00:00Z"), pause("2026-11-23T10:00:00Z")], "resolution", 480, "2026-11-23T16:00:00Z",
      { actual_minutes: 60, remaining_minutes: 420, due_at: null, status: "paused", breached: false },
    ],
    [
      "met in time over a weekend (Fri 16:00 → Mon 10:00 is 2 business hours)",
      office("UTC"), [start("2026-11-20T16:00:00Z"), stop("response", "2026-11-23T10:00:00Z")], "response", 240, "2026-11-25T00:00:00Z",
      { actual_minutes: 120, met_at: "2026-11-23T10:00:00.000Z", due_at: null, status: "met", breached: false },
    ],
    [
      "met late: breached, due when the target ran out",
      office("UTC"), [start("2026-11-23T09:00:00Z"), stop("response", "2026-11-23T11:00:00Z")], "response", 60, "2026-11-24T00:00:00Z",
      { actual_minutes: 120, due_at: "2026-11-23T10:00:00.000Z", status: "breached", breached: true },
    ],
    [
      "still open past the due time",
      office("UTC"), [start("2026-11-23T09:00:00Z")], "response", 60, "2026-11-23T12:00:00Z",
      { actual_minutes: 180, due_at: "2026-11-23T10:00:00.000Z", status: "breached", breached: true },
    ],
    [
      "paused after the target ran out stays breached",
      office("UTC"), [start("2026-11-23T09:00:00Z"), pause("2026-11-23T11:00:00Z")], "response", 60, "2026-11-23T16:00:00Z",
      { actual_minutes: 120, due_at: "2026-11-23T10:00:00.000Z", status: "breached", breached: true },
    ],
    [
      "a resolution also meets the response",
      office("UTC"), [start("2026-11-23T09:00:00Z"), stop("resolution", "2026-11-23T10:30:00Z")], "response", 240, "2026-11-24T00:00:00Z",
      { actual_minutes: 90, met_at: "2026-11-23T10:30:00.000Z", status: "met" },
    ],
    [
      "resolution keeps running after the response",
      office("UTC"), [start("2026-11-23T09:00:00Z"), stop("response", "2026-11-23T10:00:00Z")], "resolution", 480, "2026-11-23T12:00:00Z",
      { actual_minutes: 180, due_at: "2026-11-23T17:00:00.000Z", status: "running" },
    ],
    [
      "a holiday in the middle (Thu 26 Nov) counts nothing",
      office("UTC", [{ from: "2026-11-26" }]), [start("2026-11-25T16:00:00Z")], "resolution", 120, "2026-11-25T16:30:00Z",
      { actual_minutes: 30, due_at: "2026-11-27T10:00:00.000Z", status: "running" },
    ],
    [
      "Amsterdam across the autumn DST change (Fri 16:00 CEST + 2h = Mon 10:00 CET)",
      office("Europe/Amsterdam"), [start("2026-10-23T14:00:00Z")], "response", 120, "2026-10-23T14:30:00Z",
      { actual_minutes: 30, due_at: "2026-10-26T09:00:00.000Z", status: "running" },
    ],
    [
      "events recorded out of order are replayed by time",
      office("UTC"), [resume("2026-11-23T14:00:00Z"), start("2026-11-23T09:00:00Z"), pause("2026-11-23T10:00:00Z")], "response", 240, "2026-11-23T15:00:00Z",
      { actual_minutes: 120, due_at: "2026-11-23T17:00:00.000Z" },
    ],
    [
      "before the start nothing runs",
      office("UTC"), [], "response", 60, "2026-11-23T15:00:00Z",
      { actual_minutes: 0, due_at: null, status: "not_started", breached: false },
    ],
  ])("%s", (_, calendar, log, metric, target, now, expected) => {
    const result = computeSlaMetric(calendar as BusinessCalendar, log as SlaLogEntry[], metric as Parameters<typeof computeSlaMetric>[2], target as number, new Date(now as string))
    expect({ ...result, due_at: iso(result.due_at), met_at: iso(result.met_at) }).toEqual(expect.objectContaining(expected))
  })
})

describe("computeSla", () => {
  it("reports both metrics and the pause", () => {
    const sla = computeSla(
      office("UTC"),
      [start("2026-11-23T09:00:00Z"), stop("response", "2026-11-23T09:30:00Z"), pause("2026-11-23T10:00:00Z")],
      { response_minutes: 60, resolution_minutes: 480 },
      new Date("2026-11-23T12:00:00Z")
    )
    expect(sla.paused).toBe(true)
    expect(iso(sla.paused_since)).toBe("2026-11-23T10:00:00.000Z")
    expect(sla.response).toEqual(expect.objectContaining({ actual_minutes: 30, status: "met" }))
    expect(sla.resolution).toEqual(expect.objectContaining({ actual_minutes: 60, status: "paused", due_at: null }))
  })
})

describe("slaEventProblem", () => {
  const running = slaClockState([start("2026-11-23T09:00:00Z")])
  const paused = slaClockState([start("2026-11-23T09:00:00Z"), pause("2026-11-23T10:00:00Z")])
  const responded = slaClockState([start("2026-11-23T09:00:00Z"), stop("response", "2026-11-23T10:00:00Z")])
  const resolved = slaClockState([start("2026-11-23T09:00:00Z"), stop("resolution", "2026-11-23T10:00:00Z")])
  it.each([
    [running, { type: "pause", reason_code: "parts" }, null],
    [running, { type: "pause" }, /needs a reason_code/],
    [paused, { type: "pause", reason_code: "parts" }, /already paused/],
    [running, { type: "resume" }, /not paused/],
    [paused, { type: "resume" }, null],
    [running, { type: "stop" }, /needs a metric/],
    [responded, { type: "stop", metric: "response" }, /already recorded/],
    [responded, { type: "stop", metric: "resolution" }, null],
    [paused, { type: "stop", metric: "resolution" }, null],
    [resolved, { type: "resume" }, /already resolved/],
    [running, { type: "start" }, /already started/],
    [slaClockState([]), { type: "pause", reason_code: "x" }, /not started/],
    [slaClockState([]), { type: "start" }, null],
  ])("%#: %j", (state, event, expected) => {
    const problem = slaEventProblem(state, event as Parameters<typeof slaEventProblem>[1])
    if (expected === null) {
      expect(problem).toBeNull()
    } else {
      expect(problem).toMatch(expected as RegExp)
    }
  })
})

describe("stageSlaEvents", () => {
  const running = slaClockState([start("2026-11-23T09:00:00Z")])
  const paused = slaClockState([start("2026-11-23T09:00:00Z"), pause("2026-11-23T10:00:00Z")])
  const responded = slaClockState([start("2026-11-23T09:00:00Z"), stop("response", "2026-11-23T10:00:00Z")])
  it.each([
    ["respond", running, null, "respond", [{ type: "stop", metric: "response" }]],
    ["respond twice records nothing", responded, null, "respond", []],
    ["resolve meets both", running, null, "resolve", [{ type: "stop", metric: "response" }, { type: "stop", metric: "resolution" }]],
    ["resolve after the response", responded, "respond", "resolve", [{ type: "stop", metric: "resolution" }]],
    ["pause", running, null, "pause", [{ type: "pause", reason_code: "waiting_for_customer" }]],
    ["leaving a pausing stage resumes", paused, "pause", null, [{ type: "resume" }]],
    ["from a pausing stage to resolve", paused, "pause", "resolve", [{ type: "resume" }, { type: "stop", metric: "response" }, { type: "stop", metric: "resolution" }]],
    ["pause to pause keeps pausing", paused, "pause", "pause", []],
    ["resume only when paused", running, null, "resume", []],
    ["a manual pause is resumed by a resume stage", paused, null, "resume", [{ type: "resume" }]],
    ["no action", running, null, null, []],
  ])("%s", (_, state, from, to, expected) => {
    expect(stageSlaEvents(state, from as Parameters<typeof stageSlaEvents>[1], to as Parameters<typeof stageSlaEvents>[2], "waiting_for_customer")).toEqual(expected)
  })
})

describe("metTargetMinutes", () => {
  const targets = { response_minutes: 60, resolution_minutes: 480 }
  it("gives the business minutes of each met target, pauses excluded, and null for an unmet one", () => {
    // Response after 30 minutes; a pause 10:00–14:00; resolved at 15:00: 60 + 60 = 120 business minutes.
    const log = [start("2026-11-23T09:00:00Z"), stop("response", "2026-11-23T09:30:00Z"), pause("2026-11-23T10:00:00Z"), resume("2026-11-23T14:00:00Z"), stop("resolution", "2026-11-23T15:00:00Z")]
    expect(metTargetMinutes(office("UTC"), log, targets, new Date("2026-11-24T00:00:00Z"))).toEqual({
      response_actual_minutes: 30,
      resolution_actual_minutes: 120,
    })
    expect(metTargetMinutes(office("UTC"), log.slice(0, 3), targets, new Date("2026-11-24T00:00:00Z"))).toEqual({
      response_actual_minutes: 30,
      resolution_actual_minutes: null,
    })
  })
})
