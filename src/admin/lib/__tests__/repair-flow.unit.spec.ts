import { codeText, componentText, repairMoves, repairsLockedReason } from "../repair-flow"
import type { RepairStatus } from "../repair-types"

const line = (status: RepairStatus, diagnosis_code_id: string | null = null, resolution_code_id: string | null = null) => ({
  status,
  diagnosis_code_id,
  resolution_code_id,
})

describe("repair status moves", () => {
  it("offers one step forward and one back, as the API allows", () => {
    expect(repairMoves(line("open", "d"))).toEqual({
      forward: { to: "diagnosed", label: "Mark diagnosed", blockedReason: null },
      back: null,
    })
    expect(repairMoves(line("diagnosed", "d", "r"))).toEqual({
      forward: { to: "repaired", label: "Mark repaired", blockedReason: null },
      back: { to: "open", label: "Back to open", blockedReason: null },
    })
    expect(repairMoves(line("repaired", "d", "r")).forward?.to).toBe("verified")
    expect(repairMoves(line("repaired", "d", "r")).back?.to).toBe("diagnosed")
  })

  it("says why a move forward is refused without the code it needs", () => {
    expect(repairMoves(line("open")).forward?.blockedReason).toMatch(/diagnosis code/)
    expect(repairMoves(line("diagnosed", "d")).forward?.blockedReason).toMatch(/resolution code/)
    expect(repairMoves(line("repaired", "d", "r")).forward?.blockedReason).toBeNull()
  })

  it("offers nothing once verified", () => {
    expect(repairMoves(line("verified", "d", "r"))).toEqual({ forward: null, back: null })
  })
})

describe("repairs locked by the stage", () => {
  it("names the stage rule", () => {
    expect(repairsLockedReason({ name: "Open", allow_add_repair_lines: true })).toBeNull()
    expect(repairsLockedReason(null)).toBeNull()
    expect(repairsLockedReason({ name: "Scheduled", allow_add_repair_lines: false })).toMatch(/"Scheduled".*do not allow repair lines/)
    expect(repairsLockedReason({ name: "Closed", is_terminal: true, allow_add_repair_lines: true })).toMatch(/final stage/)
  })
})

describe("labels", () => {
  it("shows codes and components by what names them", () => {
    expect(codeText({ code: "NOHEAT", label: "No heat" })).toBe("NOHEAT · No heat")
    expect(codeText(null)).toBe("–")
    expect(componentText({ id: "c", title: "Fuse", part_number: "F-10", product_variant_id: null, reference: "F1" })).toBe(
      "F1 — F-10 · Fuse"
    )
    expect(componentText({ id: "c", title: null, part_number: null, product_variant_id: "variant_1", reference: null })).toBe(
      "variant_1"
    )
  })
})
