import {
  buildAxis,
  fractionOf,
  placeInterval,
  plannedMinutes,
  shiftAnchor,
  slotStartAt,
  urgencyOf,
} from "../dispatch-time"

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min)

describe("dispatch board time axis", () => {
  it("day view: 06:00–20:00 in 30-minute slots, fetching the whole day", () => {
    const axis = buildAxis("day", local(2026, 11, 25, 15))
    expect(axis.from).toEqual(local(2026, 11, 25))
    expect(axis.to).toEqual(local(2026, 11, 26))
    expect(axis.segments).toHaveLength(1)
    expect(axis.slotMinutes).toBe(30)
    expect(slotStartAt(axis, 0)).toEqual(local(2026, 11, 25, 6))
    expect(slotStartAt(axis, 0.999)).toEqual(local(2026, 11, 25, 19, 30))
    expect(slotStartAt(axis, 0.5)).toEqual(local(2026, 11, 25, 13))
  })

  it("week view starts on Monday and steps by weeks", () => {
    const axis = buildAxis("week", local(2026, 11, 26)) // a Thursday
    expect(axis.from).toEqual(local(2026, 11, 23))
    expect(axis.to).toEqual(local(2026, 11, 30))
    expect(axis.segments).toHaveLength(7)
    // The second day's first hour slot.
    expect(slotStartAt(axis, 1 / 7 + 0.0001)).toEqual(local(2026, 11, 24, 6))
    expect(shiftAnchor("week", local(2026, 11, 26), -1)).toEqual(local(2026, 11, 19))
    expect(shiftAnchor("day", local(2026, 11, 26), 1)).toEqual(local(2026, 11, 27))
  })

  it("places intervals, clipping what falls outside the visible hours", () => {
    const axis = buildAxis("day", local(2026, 11, 25))
    expect(placeInterval(axis, local(2026, 11, 25, 6), local(2026, 11, 25, 13))).toEqual({ left: 0, width: 0.5 })
    expect(placeInterval(axis, local(2026, 11, 25, 2), local(2026, 11, 25, 5))).toBeNull()
    expect(placeInterval(axis, local(2026, 11, 25, 19), local(2026, 11, 26, 2))?.width).toBeCloseTo(1 / 14)
    const week = buildAxis("week", local(2026, 11, 23))
    // Monday 20:00 and Tuesday 06:00 are the same point: the night is not shown.
    expect(fractionOf(week, local(2026, 11, 23, 20))).toBeCloseTo(fractionOf(week, local(2026, 11, 24, 6)))
    expect(fractionOf(week, local(2026, 11, 23, 23))).toBeCloseTo(1 / 7)
  })

  it("plans an order for its estimate rounded up to 30 minutes, one hour without one", () => {
    expect(plannedMinutes(null)).toBe(60)
    expect(plannedMinutes(0)).toBe(60)
    expect(plannedMinutes(45)).toBe(60)
    expect(plannedMinutes(90)).toBe(90)
    expect(plannedMinutes(91)).toBe(120)
  })

  it("rates SLA urgency: breached, due within 4 hours, else normal", () => {
    const now = local(2026, 11, 25, 12)
    expect(urgencyOf({ response_due_at: local(2026, 11, 25, 11).toISOString() }, now)).toBe("breached")
    expect(urgencyOf({ resolution_due_at: local(2026, 11, 25, 15).toISOString() }, now)).toBe("due_soon")
    expect(
      urgencyOf({ response_due_at: local(2026, 11, 26, 12).toISOString(), resolution_due_at: local(2026, 11, 25, 13).toISOString() }, now)
    ).toBe("due_soon")
    expect(urgencyOf({ response_due_at: local(2026, 11, 25, 17).toISOString() }, now)).toBe("normal")
    expect(urgencyOf({}, now)).toBe("normal")
  })
})
