import { assertStageAllows, assertStageOpen, assertTransitionAllowed, StageRuleView } from "../stage-rules"

const stage = (code: string, extra: Partial<StageRuleView> = {}): StageRuleView => ({
  code,
  is_active: true,
  next_stage_codes: [],
  allow_edit_lines: true,
  ...extra,
})

describe("assertTransitionAllowed", () => {
  const requested = stage("requested", { next_stage_codes: ["scheduled", "cancelled"] })

  it.each([
    ["a listed next stage", requested, stage("scheduled"), undefined, [], null],
    ["an unlisted stage", requested, stage("closed"), undefined, [], /Stage rule "next_stage_codes": "closed" cannot follow "requested" \(allowed next stages: scheduled, cancelled\)/],
    ["the same stage", requested, stage("requested"), undefined, [], /already in stage/],
    ["from a terminal stage", stage("closed"), stage("requested"), undefined, [], /none, it is terminal/],
    ["an inactive stage", requested, stage("scheduled", { is_active: false }), undefined, [], /Stage rule "is_active"/],
    ["a required reason missing", requested, stage("cancelled", { requires_reason: true }), undefined, ["duplicate"], /Stage rule "requires_reason".*one of: duplicate/],
    ["an unknown reason", requested, stage("cancelled", { requires_reason: true }), "bored", ["duplicate"], /Stage rule "reasons": "bored"/],
    ["a known reason", requested, stage("cancelled", { requires_reason: true }), "duplicate", ["duplicate"], null],
    ["an optional reason given", requested, stage("scheduled"), "duplicate", [], /Stage rule "reasons"/],
  ])("handles %s", (_, from, to, reason, reasons, error) => {
    const run = () => assertTransitionAllowed(from, to, reason, reasons as string[])
    if (error) {
      expect(run).toThrow(error as RegExp)
    } else {
      expect(run).not.toThrow()
    }
  })

  it("raises a not_allowed error (HTTP 400)", () => {
    try {
      assertTransitionAllowed(requested, stage("closed"), undefined, [])
    } catch (e) {
      expect((e as { type: string }).type).toBe("not_allowed")
    }
    expect.assertions(1)
  })
})

describe("assertStageAllows", () => {
  it("names the flag that forbids an action", () => {
    expect(() => assertStageAllows(stage("completed", { allow_edit_lines: false }), "edit_lines")).toThrow(
      /Stage rule "allow_edit_lines": lines cannot be added, changed or removed while the order is in stage "completed"/
    )
    expect(() => assertStageAllows(stage("requested", { allow_customer_cancel: true }), "customer_cancel")).not.toThrow()
    expect(() => assertStageAllows(stage("requested"), "post")).toThrow(/allow_post/)
  })
})

describe("assertStageOpen", () => {
  it("refuses terminal stages only", () => {
    expect(() => assertStageOpen(stage("closed", { is_terminal: true }))).toThrow(/Stage rule "is_terminal"/)
    expect(() => assertStageOpen(stage("requested"))).not.toThrow()
  })
})
