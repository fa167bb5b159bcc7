import { FeeTransactionState, planSubscriptionChange, SubscriptionState } from "../subscription-status"

const d = (s: string) => new Date(`${s}T00:00:00.000Z`)
const sub = (s: Partial<SubscriptionState> = {}): SubscriptionState => ({
  id: "ssub_1",
  number: "SUB-000001",
  amount: 310,
  currency_code: "eur",
  frequency: "monthly",
  billing_timing: "advance",
  start_date: d("2027-01-01"),
  status: "active",
  next_period_start: d("2027-02-01"),
  ...s,
})
const tx = (t: Partial<FeeTransactionState>): FeeTransactionState => ({
  id: "ssft_1",
  period_start: d("2027-01-01"),
  period_end: d("2027-02-01"),
  status: "invoiced",
  amount: 310,
  billable_days: 31,
  ...t,
})

describe("planSubscriptionChange", () => {
  it("cancelling inside an invoiced period credits the days after the cancellation and ends billing", () => {
    const plan = planSubscriptionChange(sub(), [tx({})], "cancel", d("2027-01-11"))
    // Owed: 310 × 10 / 31 = 100 → credit 210.
    expect(plan.txUpdates).toEqual([{ id: "ssft_1", status: "credited", credit_amount: 210 }])
    expect(plan.update).toEqual(expect.objectContaining({ status: "cancelled" }))
    expect(plan.cursor).toEqual({ next_period_start: null, next_due_at: null })
    expect(plan.update.cancel_from).toEqual(d("2027-01-11"))
  })

  it("pausing re-prices a pending period and removes one left without a billable day", () => {
    const pending = [
      tx({ id: "a", status: "pending", period_start: d("2027-04-01"), period_end: d("2027-05-01"), amount: 300, billable_days: 30 }),
      tx({ id: "b", status: "pending", period_start: d("2027-05-01"), period_end: d("2027-06-01"), amount: 310, billable_days: 31 }),
    ]
    const plan = planSubscriptionChange(sub({ amount: 300, next_period_start: d("2027-06-01") }), pending, "pause", d("2027-04-11"))
    expect(plan.txUpdates).toEqual([{ id: "a", amount: 100, billable_days: 10 }])
    expect(plan.txDeletes).toEqual(["b"])
    // Billing waits at the open pause.
    expect(plan.update).toEqual(expect.objectContaining({ status: "paused" }))
    expect(plan.cursor.next_due_at).toBeNull()
    expect(plan.update.pauses).toEqual([{ from: d("2027-04-11").toISOString(), to: null }])
  })

  it("resuming gives the resumed days back, also to a credited invoiced period", () => {
    const paused = sub({ status: "paused", pauses: [{ from: "2027-01-11T00:00:00.000Z", to: null }] })
    const plan = planSubscriptionChange(paused, [tx({ status: "credited", credit_amount: 210 })], "resume", d("2027-01-21"))
    // Owed now: 31 − 10 paused days = 21 days → 210; credit 100.
    expect(plan.txUpdates).toEqual([{ id: "ssft_1", status: "credited", credit_amount: 100 }])
    expect(plan.update).toEqual(expect.objectContaining({ status: "active" }))
    expect(plan.cursor.next_period_start).toEqual(d("2027-02-01"))
    expect(plan.cursor.next_due_at).toEqual(d("2027-02-01"))
    expect(plan.update.pauses).toEqual([{ from: "2027-01-11T00:00:00.000Z", to: d("2027-01-21").toISOString() }])
  })

  it("leaves periods that ended before the date alone", () => {
    const plan = planSubscriptionChange(sub({ next_period_start: d("2027-03-01") }), [tx({})], "cancel", d("2027-02-10"))
    expect(plan.txUpdates).toEqual([])
    expect(plan.txDeletes).toEqual([])
  })

  it.each([
    ["resume", sub(), /only a paused subscription can be resumed/],
    ["pause", sub({ status: "cancelled" }), /only an active subscription can be paused/],
    ["cancel", sub({ status: "cancelled" }), /already cancelled/],
  ] as const)("refuses %s from the wrong status", (action, state, message) => {
    expect(() => planSubscriptionChange(state, [], action, d("2027-02-01"))).toThrow(message)
  })

  it("refuses a date before the start and a resume not after the pause", () => {
    expect(() => planSubscriptionChange(sub(), [], "cancel", d("2026-12-31"))).toThrow(/before its start/)
    const paused = sub({ status: "paused", pauses: [{ from: "2027-03-01T00:00:00.000Z", to: null }] })
    expect(() => planSubscriptionChange(paused, [], "resume", d("2027-03-01"))).toThrow(/after the pause began/)
  })
})
