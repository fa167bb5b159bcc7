import { billableDays, currencyDigits, duePeriods, periodCharge, periodRule, periodStepper, SubscriptionTerms } from "../subscription-periods"

const d = (s: string) => new Date(`${s}T00:00:00.000Z`)
const iso = (x: Date | null) => (x ? x.toISOString().slice(0, 10) : null)
const terms = (t: Partial<SubscriptionTerms>): SubscriptionTerms => ({
  amount: 100,
  currency_code: "eur",
  frequency: "monthly",
  billing_timing: "advance",
  start_date: d("2027-01-01"),
  ...t,
})
const starts = (t: SubscriptionTerms, asOf: string, from = t.start_date) => duePeriods(t, from, d(asOf)).periods.map((p) => iso(p.period_start))

describe("period rule", () => {
  it("keeps the day of month, falling back to the last day of shorter months", () => {
    expect(starts(terms({ start_date: d("2027-01-31") }), "2027-05-01")).toEqual(["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"])
    expect(starts(terms({ start_date: d("2027-01-30") }), "2027-04-01")).toEqual(["2027-01-30", "2027-02-28", "2027-03-30"])
  })
  it("has 29 February in leap years", () => {
    expect(starts(terms({ start_date: d("2028-01-31") }), "2028-03-01")).toEqual(["2028-01-31", "2028-02-29"])
    expect(starts(terms({ frequency: "yearly", start_date: d("2028-02-29") }), "2032-03-01")).toEqual([
      "2028-02-29",
      "2029-02-28",
      "2030-02-28",
      "2031-02-28",
      "2032-02-29",
    ])
  })
  it("bills quarterly and by a custom RRULE", () => {
    expect(starts(terms({ frequency: "quarterly" }), "2027-12-31")).toEqual(["2027-01-01", "2027-04-01", "2027-07-01", "2027-10-01"])
    expect(starts(terms({ frequency: "rrule", rrule: "FREQ=WEEKLY;INTERVAL=2", start_date: d("2027-03-01") }), "2027-03-31")).toEqual([
      "2027-03-01",
      "2027-03-15",
      "2027-03-29",
    ])
  })
})

describe("advance vs arrears", () => {
  it("in advance a period is due on its first day, in arrears on the day after its last", () => {
    const advance = duePeriods(terms({ start_date: d("2027-01-15") }), d("2027-01-15"), d("2027-03-15"))
    expect(advance.periods.map((p) => [iso(p.period_start), iso(p.period_end), iso(p.due_at)])).toEqual([
      ["2027-01-15", "2027-02-15", "2027-01-15"],
      ["2027-02-15", "2027-03-15", "2027-02-15"],
      ["2027-03-15", "2027-04-15", "2027-03-15"],
    ])
    const arrears = terms({ start_date: d("2027-01-15"), billing_timing: "arrears" })
    expect(starts(arrears, "2027-03-15")).toEqual(["2027-01-15", "2027-02-15"])
    expect(starts(arrears, "2027-03-14")).toEqual(["2027-01-15"])
  })
  it("continues from the cursor and tells where the next run starts and when it is due", () => {
    const t = terms({ billing_timing: "arrears" })
    const first = duePeriods(t, t.start_date, d("2027-02-10"))
    expect(first.periods.map((p) => iso(p.period_start))).toEqual(["2027-01-01"])
    expect(iso(first.next_period_start)).toBe("2027-02-01")
    expect(iso(first.next_due_at)).toBe("2027-03-01")
    const second = duePeriods(t, first.next_period_start!, d("2027-03-01"))
    expect(second.periods.map((p) => iso(p.period_start))).toEqual(["2027-02-01"])
  })
})

describe("pro rata by days", () => {
  it("charges a cancelled period for the days before the cancellation and stops", () => {
    const t = terms({ cancel_from: d("2027-01-11") })
    const due = duePeriods(t, t.start_date, d("2027-06-01"))
    expect(due.periods).toHaveLength(1)
    // 100 × 10 / 31 = 32.258… → 32.26
    expect(due.periods[0]).toEqual(expect.objectContaining({ billable_days: 10, period_days: 31, amount: 32.26, full_amount: 100 }))
    expect(due.next_period_start).toBeNull()
  })
  it("leaves out the paused days of a period", () => {
    const t = terms({ amount: 300, start_date: d("2027-04-01"), billing_timing: "arrears", pauses: [{ from: "2027-04-11", to: "2027-04-21" }] })
    expect(periodCharge(t, d("2027-04-01"), d("2027-05-01"))).toEqual(expect.objectContaining({ billable_days: 20, period_days: 30, amount: 200 }))
    expect(duePeriods(t, t.start_date, d("2027-06-01")).periods.map((p) => p.amount)).toEqual([200, 300])
  })
  it("waits at an open pause: the period it starts in is charged up to the pause, nothing after", () => {
    const t = terms({ amount: 300, start_date: d("2027-04-01"), billing_timing: "arrears", pauses: [{ from: "2027-04-16" }] })
    const due = duePeriods(t, t.start_date, d("2027-09-01"))
    expect(due.periods.map((p) => [iso(p.period_start), p.amount])).toEqual([["2027-04-01", 150]])
    expect(iso(due.next_period_start)).toBe("2027-05-01")
    expect(due.next_due_at).toBeNull()
  })
  it("skips periods paused entirely once resumed, and charges the resumed part", () => {
    const t = terms({ amount: 310, start_date: d("2027-01-01"), pauses: [{ from: "2027-02-01", to: "2027-03-22" }] })
    // January full; February entirely paused (left out); March from the 22nd: 10 of 31 days.
    expect(duePeriods(t, t.start_date, d("2027-04-01")).periods.map((p) => [iso(p.period_start), p.amount])).toEqual([
      ["2027-01-01", 310],
      ["2027-03-01", 100],
      ["2027-04-01", 310],
    ])
  })
  it("ends with the end date, which is billed: its last period pro rata up to and including it", () => {
    // 1–16 March: 16 of 31 days.
    const t = terms({ amount: 31, end_date: d("2027-03-16") })
    expect(duePeriods(t, t.start_date, d("2027-12-31")).periods.map((p) => p.amount)).toEqual([31, 31, 16])
  })
  it("charges 15 of 31 for an end date on the 15th (issue 13's case), a full month for its last day", () => {
    const t = terms({ amount: 31, start_date: d("2026-10-01"), end_date: d("2026-10-15") })
    const due = duePeriods(t, t.start_date, d("2027-12-31"))
    expect(due.periods.map((p) => [iso(p.period_start), p.billable_days, p.amount])).toEqual([["2026-10-01", 15, 15]])
    expect(due.next_period_start).toBeNull()
    const whole = terms({ amount: 31, start_date: d("2026-10-01"), end_date: d("2026-10-31") })
    expect(duePeriods(whole, whole.start_date, d("2027-12-31")).periods.map((p) => p.amount)).toEqual([31])
  })
  it("bills a one-day subscription (end date = start date) one day", () => {
    const t = terms({ amount: 31, start_date: d("2026-10-15"), end_date: d("2026-10-15") })
    const due = duePeriods(t, t.start_date, d("2027-12-31"))
    // The monthly period 15 Oct–15 Nov has 31 days; one of them is billed.
    expect(due.periods.map((p) => [iso(p.period_start), p.period_days, p.billable_days, p.amount])).toEqual([["2026-10-15", 31, 1, 1]])
    expect(due.next_period_start).toBeNull()
  })
  it("rounds to the currency's minor unit", () => {
    expect(currencyDigits("eur")).toBe(2)
    expect(currencyDigits("jpy")).toBe(0)
    const t = terms({ amount: 1000, currency_code: "jpy", cancel_from: d("2027-01-11") })
    // 1000 × 10 / 31 = 322.58 → 323
    expect(periodCharge(t, d("2027-01-01"), d("2027-02-01")).amount).toBe(323)
    // 10.01 × 15 / 30 = 5.005 exactly: half up in decimals (as Postgres rounds), where floats gave 5.00.
    const half = terms({ amount: 10.01, currency_code: "eur", cancel_from: d("2027-04-16") })
    expect(periodCharge(half, d("2027-04-01"), d("2027-05-01")).amount).toBe(5.01)
  })
  it("counts billable days across pauses, cancellation and end date", () => {
    const t = terms({ pauses: [{ from: "2027-01-05", to: "2027-01-08" }], cancel_from: d("2027-01-20"), end_date: d("2027-01-25") })
    expect(billableDays(t, d("2027-01-01"), d("2027-02-01"))).toBe(19 - 3)
    // The end date before the cancellation: billed up to and including it.
    const ending = terms({ cancel_from: d("2027-01-20"), end_date: d("2027-01-10") })
    expect(billableDays(ending, d("2027-01-01"), d("2027-02-01"))).toBe(10)
  })
})

describe("period stepper", () => {
  const DAY = 24 * 60 * 60 * 1000
  const utc = (y: number, m: number, day: number) => new Date(Date.UTC(y, m, day))
  // Every start day of 2027–2028 (2028 a leap year) and every month end 28–31 of 2019–2032.
  const startDays = [
    ...Array.from({ length: 731 }, (_, i) => new Date(utc(2027, 0, 1).getTime() + i * DAY)),
    ...Array.from({ length: 14 * 12 }, (_, i) => [28, 29, 30, 31].map((day) => utc(2019 + Math.floor(i / 12), i % 12, day))).flat(),
  ]

  it.each(["monthly", "quarterly", "yearly"] as const)("gives the %s periods the RRULE gives, month ends and leap years included", (frequency) => {
    const compared = { periods: 0, offsets: 0 }
    for (const start_date of startDays) {
      // The RRULE's period starts (one expansion per start: `after` would expand again per call).
      // Enough periods to reach past the last offset below (400 days).
      const series = periodRule({ frequency, start_date }).all((_, i) => i < { monthly: 16, quarterly: 8, yearly: 6 }[frequency])
      const rruleAfter = (day: Date) => series.find((x) => x > day)
      const stepper = periodStepper({ frequency, start_date })
      // The period starts in order, as a billing run walks them.
      for (let k = 0; k + 1 < series.length; k++) {
        expect(stepper.after(series[k])).toEqual(series[k + 1])
        compared.periods++
      }
      // From days that are no period start (before the start, inside a period).
      for (const offset of [-40, -1, 1, 17, 45, 100, 400]) {
        const from = new Date(start_date.getTime() + offset * DAY)
        expect(stepper.after(from)).toEqual(rruleAfter(from))
        compared.offsets++
      }
    }
    expect(compared.periods).toBeGreaterThan(2000)
  })

  it("builds the currency's number format once, not once per period", () => {
    const format = jest.spyOn(Intl, "NumberFormat")
    const t = terms({ currency_code: "chf", pauses: [{ from: d("2027-01-10"), to: d("2027-01-12") }] })
    duePeriods(t, t.start_date, d("2029-01-01"))
    duePeriods(t, t.start_date, d("2029-01-01"))
    expect(format).toHaveBeenCalledTimes(1)
    format.mockRestore()
  })

  it("uses the RRULE for a custom rule", () => {
    const terms = { frequency: "rrule" as const, rrule: "FREQ=WEEKLY;INTERVAL=2", start_date: d("2027-03-01") }
    expect(periodStepper(terms).after(d("2027-03-01"))).toEqual(d("2027-03-15"))
  })

  it("bills the same periods with pauses, end dates and cancellations as before", () => {
    const t = terms({ start_date: d("2028-01-31"), pauses: [{ from: d("2028-03-10"), to: d("2028-04-05") }], end_date: d("2028-08-15") })
    expect(duePeriods(t, t.start_date, d("2029-01-01")).periods.map((p) => [iso(p.period_start), p.billable_days, p.amount])).toEqual([
      ["2028-01-31", 29, 100],
      ["2028-02-29", 10, 32.26],
      ["2028-03-31", 25, 83.33],
      ["2028-04-30", 31, 100],
      ["2028-05-31", 30, 100],
      ["2028-06-30", 31, 100],
      ["2028-07-31", 16, 51.61],
    ])
  })
})
