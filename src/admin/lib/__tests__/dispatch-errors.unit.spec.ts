import { isConflict, overrideRulesOf, violationsOf } from "../dispatch-errors"

const refusal = (status: number, message: string) => Object.assign(new Error(message), { status })

const MESSAGE =
  'Assignment needs an override: outside_working_hours (Mon 18:00–19:00 (Europe/Berlin) is not within the technician\'s working hours); ' +
  'missing_skill (the technician lacks the required skill(s) gas). Send override: ["outside_working_hours","missing_skill"] to assign anyway'

describe("dispatch refusals", () => {
  it("reads the rules a 400 asks to override, and nothing from other errors", () => {
    expect(overrideRulesOf(refusal(400, MESSAGE))).toEqual(["outside_working_hours", "missing_skill"])
    expect(overrideRulesOf(refusal(400, "ends_at must be after starts_at"))).toBeNull()
    expect(overrideRulesOf(refusal(409, MESSAGE))).toBeNull()
    expect(overrideRulesOf(new Error(MESSAGE))).toBeNull()
  })

  it("splits the message into one explanation per rule, without the API's how-to", () => {
    expect(violationsOf(MESSAGE, ["outside_working_hours", "missing_skill"])).toEqual([
      { rule: "outside_working_hours", text: "Mon 18:00–19:00 (Europe/Berlin) is not within the technician's working hours" },
      { rule: "missing_skill", text: "the technician lacks the required skill(s) gas" },
    ])
  })

  it("recognises a conflict", () => {
    expect(isConflict(refusal(409, "Tom Tech already has SO-1"))).toBe(true)
    expect(isConflict(refusal(400, "x"))).toBe(false)
  })
})
