import type { TimelineEntry } from "../../../../../types/http/timeline"
import { storeTimelineEntries, timelineView } from "../timeline"

const entry = (id: string, at: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({ id, kind: "stage_changed", at, title: id, ...extra })

describe("timelineView", () => {
  const entries = [
    entry("b", "2026-01-02T00:00:00Z"),
    entry("a", "2026-01-03T00:00:00Z"),
    entry("c", "2026-01-01T00:00:00Z"),
    entry("d", "2026-01-02T00:00:00Z"),
  ]

  it("puts the newest first, equal times in a stable order, and pages with offset and limit", () => {
    expect(timelineView(entries, { limit: 10, offset: 0 }).timeline_entries.map((e) => e.id)).toEqual(["a", "d", "b", "c"])
    expect(timelineView(entries, { limit: 2, offset: 1 })).toEqual(expect.objectContaining({ count: 4, offset: 1, limit: 2 }))
    expect(timelineView(entries, { limit: 2, offset: 1 }).timeline_entries.map((e) => e.id)).toEqual(["d", "b"])
  })

  it("keeps only entries before the cursor", () => {
    const page = timelineView(entries, { limit: 10, offset: 0, before: new Date("2026-01-02T00:00:00Z") })
    expect([page.count, page.timeline_entries.map((e) => e.id)]).toEqual([1, ["c"]])
  })
})

describe("storeTimelineEntries", () => {
  it("drops staff-only entries, internal notes and amounts, and the technician's surname", () => {
    const full = [
      entry("visit", "2026-01-02T00:00:00Z", {
        kind: "visit",
        technician: { first_name: "Tom", last_name: "Tech" },
        internal_note: "Dog in the garden",
        amounts: { currency_code: "eur", revenue_total: 100, cost_total: 40 },
      }),
      entry("hidden", "2026-01-03T00:00:00Z", { staff_only: true }),
    ]
    expect(storeTimelineEntries(full)).toEqual([
      { id: "visit", kind: "visit", at: "2026-01-02T00:00:00Z", title: "visit", description: null, reference: null, technician: { first_name: "Tom" } },
    ])
  })
})
