import {
  availability,
  repairLineAllowedActions,
  serviceAgreementAllowedActions,
  serviceOrderAllowedActions,
  serviceReturnAllowedActions,
  serviceSubscriptionAllowedActions,
} from "../allowed-actions"

const open = {
  code: "in_progress",
  next_stage_codes: ["completed"],
  allow_edit_lines: true,
  allow_add_repair_lines: true,
  allow_assign: true,
  allow_post: false,
  allow_customer_cancel: false,
}
const order = (stage = open, posted_at: string | null = null) => ({ number: "SO-000001", posted_at, stage })

describe("availability", () => {
  it("is allowed when the check passes and carries the refusal's message otherwise", () => {
    expect(availability(() => undefined)).toEqual({ allowed: true })
    expect(availability(() => serviceReturnAllowedActions({ number: "SR-1", status: "resolved" }).approve)).toEqual({ allowed: true })
  })
  it("rethrows what is not a rule refusal (a bug must not read as a reason)", () => {
    expect(() =>
      availability(() => {
        throw new TypeError("boom")
      })
    ).toThrow("boom")
  })
})

describe("serviceOrderAllowedActions", () => {
  it("follows the stage's flags, with the stage rule's message as the reason", () => {
    const a = serviceOrderAllowedActions(order())
    expect(a.edit).toEqual({ allowed: true })
    expect(a.assign).toEqual({ allowed: true })
    expect(a.post).toEqual({
      allowed: false,
      reason: 'Stage rule "allow_post": the order cannot be posted while the order is in stage "in_progress"',
    })
  })
  it("refuses everything in a terminal stage and once posted", () => {
    const closed = serviceOrderAllowedActions(order({ ...open, code: "closed", is_terminal: true } as typeof open))
    expect(Object.values(closed).every((x) => !x.allowed)).toBe(true)
    expect(closed.edit.reason).toContain('terminal stage "closed"')
    const posted = serviceOrderAllowedActions(order(open, "2026-01-01T00:00:00Z"))
    expect(posted.edit.allowed).toBe(false)
    expect(posted.edit.reason).toContain("SO-000001")
  })
})

describe("serviceAgreementAllowedActions", () => {
  const now = new Date("2026-06-01T00:00:00Z")
  it("offers activation only with lines, and the status moves of the current status", () => {
    const draft = { number: "SA-1", status: "draft" as const, customer_id: "cus_1" }
    expect(serviceAgreementAllowedActions(draft, { lineCount: 0, now }).activate).toEqual({
      allowed: false,
      reason: "Service agreement SA-1 has no lines; add at least one line before activating it",
    })
    const withLines = serviceAgreementAllowedActions(draft, { lineCount: 2, now })
    expect(withLines.activate.allowed).toBe(true)
    expect(withLines.cancel.allowed).toBe(true)
    expect(withLines.suspend.reason).toBe('Service agreement SA-1 is draft; "suspend" is only possible from active')
    expect(withLines.edit.allowed).toBe(true)
  })
  it("refuses edits once expired", () => {
    const expired = serviceAgreementAllowedActions({ number: "SA-2", status: "expired" }, { lineCount: 1, now })
    expect(expired.edit).toEqual({ allowed: false, reason: "Service agreement SA-2 is expired and can no longer be changed" })
  })
})

describe("serviceSubscriptionAllowedActions", () => {
  const base = {
    id: "ssub_1",
    number: "SUB-1",
    amount: 30,
    currency_code: "eur",
    frequency: "monthly" as const,
    billing_timing: "advance" as const,
    start_date: "2026-01-01",
    next_period_start: "2026-07-01",
  }
  const now = new Date("2026-06-15T12:00:00Z")
  it("pauses and cancels an active one, resumes only a paused one", () => {
    const active = serviceSubscriptionAllowedActions({ ...base, status: "active", pauses: [] }, now)
    expect(active.pause.allowed).toBe(true)
    expect(active.cancel.allowed).toBe(true)
    expect(active.resume).toEqual({ allowed: false, reason: "Subscription SUB-1 is active; only a paused subscription can be resumed" })
  })
  it("resumes a pause that began today from tomorrow", () => {
    const paused = serviceSubscriptionAllowedActions(
      { ...base, status: "paused", pauses: [{ from: "2026-06-15T00:00:00.000Z", to: null }] },
      now
    )
    expect(paused.resume.allowed).toBe(true)
    expect(paused.pause.allowed).toBe(false)
  })
  it("counts from the start of a subscription that has not begun", () => {
    const future = serviceSubscriptionAllowedActions({ ...base, start_date: "2027-01-01", status: "active", pauses: [] }, now)
    expect(future.pause.allowed).toBe(true)
  })
})

describe("repairLineAllowedActions", () => {
  it("steps forward only with the code the next status needs, and back", () => {
    const a = repairLineAllowedActions({ status: "open" }, order())
    expect(a.forward).toEqual({ to: "diagnosed", allowed: false, reason: 'A repair needs a diagnosis code before it is "diagnosed"' })
    expect(a.back.allowed).toBe(false)
    expect(a.back.to).toBeNull()
    const diagnosed = repairLineAllowedActions({ status: "diagnosed", diagnosis_code_id: "rc_1" }, order())
    expect(diagnosed.back).toEqual({ to: "open", allowed: true })
    expect(diagnosed.edit.allowed).toBe(true)
  })
  it("is final once verified and locked by the order's stage", () => {
    expect(repairLineAllowedActions({ status: "verified" }, order()).edit.reason).toBe("The repair is verified and can no longer be changed")
    const locked = repairLineAllowedActions({ status: "open" }, order({ ...open, allow_add_repair_lines: false }))
    expect(locked.edit.reason).toContain('Stage rule "allow_add_repair_lines"')
  })
})
