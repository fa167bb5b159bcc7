import { assertNoApprovedOverlap, diffBomComponents, isValidOn, pickVersionValidOn, planSupersede, validityOverlaps } from "../bom-versions"

const d = (s: string) => new Date(`${s}T00:00:00Z`)

describe("validityOverlaps", () => {
  it.each([
    [{ valid_from: d("2024-01-01"), valid_to: d("2025-01-01") }, { valid_from: d("2024-06-01"), valid_to: null }, true],
    [{ valid_from: d("2024-01-01"), valid_to: d("2025-01-01") }, { valid_from: d("2025-01-01"), valid_to: null }, false],
    [{ valid_from: d("2024-01-01"), valid_to: null }, { valid_from: d("2030-01-01"), valid_to: null }, true],
    [{ valid_from: d("2024-01-01"), valid_to: d("2024-02-01") }, { valid_from: d("2023-01-01"), valid_to: d("2024-01-01") }, false],
    [{ valid_from: d("2024-01-01"), valid_to: d("2024-02-01") }, { valid_from: d("2023-01-01"), valid_to: d("2024-01-02") }, true],
  ])("%o and %o overlap: %s", (a, b, expected) => {
    expect(validityOverlaps(a, b)).toBe(expected)
    expect(validityOverlaps(b, a)).toBe(expected)
  })

  it("treats valid_to as exclusive", () => {
    const v = { valid_from: d("2024-01-01"), valid_to: d("2024-02-01") }
    expect(isValidOn(v, d("2024-01-01"))).toBe(true)
    expect(isValidOn(v, d("2024-02-01"))).toBe(false)
  })
})

describe("assertNoApprovedOverlap", () => {
  const versions = [
    { id: "v1", version: 1, status: "approved", valid_from: d("2024-01-01"), valid_to: d("2025-01-01") },
    { id: "v2", version: 2, status: "retired", valid_from: d("2024-06-01"), valid_to: null },
    { id: "v3", version: 3, status: "draft", valid_from: d("2024-06-01"), valid_to: null },
  ]
  it("refuses an overlap with an approved version and names it", () => {
    expect(() => assertNoApprovedOverlap(versions[2], versions)).toThrow(/overlaps approved version 1/)
  })
  it("ignores drafts, retired versions and the version itself", () => {
    expect(() => assertNoApprovedOverlap({ ...versions[2], valid_from: d("2025-01-01") }, versions)).not.toThrow()
    expect(() => assertNoApprovedOverlap(versions[0], versions)).not.toThrow()
  })
})

describe("pickVersionValidOn", () => {
  const versions = [
    { id: "v1", version: 1, status: "retired", valid_from: d("2020-01-01"), valid_to: d("2023-01-01") },
    { id: "v2", version: 2, status: "approved", valid_from: d("2023-01-01"), valid_to: null },
    { id: "v3", version: 3, status: "draft", valid_from: d("2024-01-01"), valid_to: null },
    { id: "v4", version: 4, status: "retired", valid_from: d("2023-06-01"), valid_to: d("2023-07-01") },
  ]
  it("picks the version valid on the date, approved before retired", () => {
    expect(pickVersionValidOn(versions, d("2021-05-05"))?.id).toBe("v1")
    expect(pickVersionValidOn(versions, d("2023-06-15"))?.id).toBe("v2")
    expect(pickVersionValidOn(versions, d("2025-01-01"))?.id).toBe("v2")
  })
  it("never picks a draft and answers null before any version", () => {
    expect(pickVersionValidOn(versions, d("2019-01-01"))).toBeNull()
    expect(pickVersionValidOn([versions[2]], d("2025-01-01"))).toBeNull()
  })
})

describe("diffBomComponents", () => {
  it("matches parts by variant or part number and reference", () => {
    const from = [
      { id: "a1", product_variant_id: "var_1", quantity: 1, position: 1, reference: "P1" },
      { id: "a2", part_number: "SEAL-9", title: "Seal", quantity: 2, position: 2 },
      { id: "a3", title: "Screw", quantity: 4, position: 3 },
    ]
    const to = [
      { id: "b1", product_variant_id: "var_1", quantity: 1, position: 1, reference: "P1" },
      { id: "b2", part_number: "SEAL-9", title: "Seal", quantity: "3", position: 2 },
      { id: "b4", product_variant_id: "var_2", quantity: 1, position: 4 },
    ]
    const diff = diffBomComponents(from, to)
    expect(diff.map((c) => [c.key, c.change, c.fields])).toEqual([
      ["variant:var_1@P1", "unchanged", []],
      ["part:SEAL-9@", "changed", ["quantity"]],
      ["title:Screw@", "removed", []],
      ["variant:var_2@", "added", []],
    ])
  })

  it("keeps duplicates of one part apart", () => {
    const diff = diffBomComponents(
      [{ id: "a", title: "Screw", quantity: 1 }, { id: "b", title: "Screw", quantity: 1 }],
      [{ id: "c", title: "Screw", quantity: 1 }]
    )
    expect(diff.map((c) => c.change)).toEqual(["unchanged", "removed"])
  })
})

describe("planSupersede", () => {
  const v = (id: string, version: number, status: string, valid_from: string, valid_to: string | null = null) => ({
    id,
    version,
    status,
    valid_from,
    valid_to,
  })
  const next = v("v3", 3, "draft", "2027-01-01T00:00:00Z")

  it("ends the current open-ended version where the successor begins", () => {
    expect(planSupersede(next, [v("v2", 2, "approved", "2024-01-01T00:00:00Z"), next])).toEqual([{ id: "v2", version: 2, valid_to: null }])
  })

  it("also cuts a predecessor that would have ended later, and leaves earlier, retired and later ones alone", () => {
    const versions = [
      v("v1", 1, "approved", "2018-01-01T00:00:00Z", "2024-01-01T00:00:00Z"),
      v("v2", 2, "approved", "2024-01-01T00:00:00Z", "2028-01-01T00:00:00Z"),
      v("old", 9, "retired", "2020-01-01T00:00:00Z"),
      v("later", 4, "approved", "2027-06-01T00:00:00Z"),
    ]
    expect(planSupersede(next, versions)).toEqual([{ id: "v2", version: 2, valid_to: "2028-01-01T00:00:00Z" }])
    // What starts at or after the successor is no predecessor: the approval still overlaps it.
    const after = versions.map((x) => (planSupersede(next, versions).some((c) => c.id === x.id) ? { ...x, valid_to: next.valid_from } : x))
    expect(() => assertNoApprovedOverlap(next, after)).toThrow(/overlaps approved version 4/)
  })
})
