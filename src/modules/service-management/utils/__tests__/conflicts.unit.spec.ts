import { MedusaError } from "@medusajs/framework/utils"
import { assertPrecondition, isAborted, isLostRace, stageState, stateConflictMessage } from "../conflicts"

describe("conflict messages", () => {
  it("name the state now and, when given, what the caller expected", () => {
    expect(stateConflictMessage("Service agreement SA-000001", "suspended", "active")).toBe(
      "Service agreement SA-000001 is now suspended (you expected active); reload it and try again"
    )
    expect(stateConflictMessage("Service order SO-000001", stageState({ code: "in_progress", name: "In progress" }))).toBe(
      'Service order SO-000001 is now in stage "In progress" (in_progress); reload it and try again'
    )
    expect(stageState({ code: "closed", name: "closed" })).toBe("in stage closed")
  })

  it("refuse a precondition that does not hold with a CONFLICT, and let a missing one pass", () => {
    expect(() => assertPrecondition({ subject: "Service return SR-000001", current: "approved", expected: "requested" })).toThrow(
      expect.objectContaining({
        type: MedusaError.Types.CONFLICT,
        message: "Service return SR-000001 is now approved (you expected requested); reload it and try again",
      })
    )
    expect(() => assertPrecondition({ subject: "x", current: "approved", expected: "approved" })).not.toThrow()
    expect(() => assertPrecondition({ subject: "x", current: "approved" })).not.toThrow()
  })
})

describe("lost races", () => {
  it("recognise deadlocks and serialization failures by code or message, also wrapped", () => {
    expect(isAborted({ code: "40P01" })).toBe(true)
    expect(isAborted({ cause: { code: "40001" } })).toBe(true)
    expect(isAborted({ message: "insert into … - deadlock detected" })).toBe(true)
    expect(isAborted({ code: "23P01", message: "conflicting key value violates exclusion constraint" })).toBe(false)
  })

  it("count a lock not had in time as lost, but not other errors", () => {
    for (const message of ["Timed-out acquiring lock.", 'Failed to acquire lock for key "service_order:x"', '"service_order:x" is already locked.']) {
      expect(isLostRace(new Error(message))).toBe(true)
    }
    expect(isLostRace({ code: "40P01" })).toBe(true)
    expect(isLostRace(new MedusaError(MedusaError.Types.NOT_ALLOWED, "Stage rule"))).toBe(false)
    expect(isLostRace(undefined)).toBe(false)
  })
})
