import { assertRepairEditable, planRepairStatusMove } from "../repair-status"

const now = new Date("2025-01-01T10:00:00Z")
const coded = { diagnosis_code_id: "d", resolution_code_id: "r" }

describe("planRepairStatusMove", () => {
  it("moves one step forward and stamps the new status", () => {
    expect(planRepairStatusMove("open", "diagnosed", coded, now)).toEqual({ diagnosed_at: now })
    expect(planRepairStatusMove("diagnosed", "repaired", coded, now)).toEqual({ repaired_at: now })
    expect(planRepairStatusMove("repaired", "verified", coded, now)).toEqual({ verified_at: now })
  })

  it("moves one step back and clears the stamp of the status left", () => {
    expect(planRepairStatusMove("repaired", "diagnosed", coded, now)).toEqual({ repaired_at: null })
    expect(planRepairStatusMove("diagnosed", "open", coded, now)).toEqual({ diagnosed_at: null })
  })

  it("does nothing for the same status", () => {
    expect(planRepairStatusMove("open", "open", {}, now)).toEqual({})
  })

  it("refuses skips, jumps back and moves out of verified", () => {
    expect(() => planRepairStatusMove("open", "repaired", coded)).toThrow(/one step at a time/)
    expect(() => planRepairStatusMove("repaired", "open", coded)).toThrow(/one step at a time/)
    expect(() => planRepairStatusMove("verified", "repaired", coded)).toThrow(/verified/)
  })

  it("needs the codes a status stands for", () => {
    expect(() => planRepairStatusMove("open", "diagnosed", {})).toThrow(/diagnosis code/)
    expect(() => planRepairStatusMove("diagnosed", "repaired", { diagnosis_code_id: "d" })).toThrow(/resolution code/)
  })

  it("keeps verified repairs read-only", () => {
    expect(() => assertRepairEditable("verified")).toThrow(/verified/)
    expect(() => assertRepairEditable("repaired")).not.toThrow()
  })
})
