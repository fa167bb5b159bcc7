import {
  componentName,
  currentVersion,
  defaultDiffPair,
  isValidOn,
  supersededBy,
  moveTargets,
  quantityText,
  sortComponents,
  validityText,
  variantOptionText,
  versionLockedReason,
} from "../bom-format"

const v = (version: number, status: "draft" | "approved" | "retired", valid_from: string, valid_to: string | null = null) => ({
  id: `v${version}`,
  version,
  status,
  valid_from,
  valid_to,
})

describe("BOM version validity", () => {
  const bounded = v(1, "approved", "2024-01-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z")

  it("is half-open like the API's: the first instant counts, the end does not", () => {
    expect(isValidOn(bounded, new Date("2024-01-01T00:00:00.000Z"))).toBe(true)
    expect(isValidOn(bounded, new Date("2026-12-31T23:59:59.999Z"))).toBe(true)
    expect(isValidOn(bounded, new Date("2027-01-01T00:00:00.000Z"))).toBe(false)
    expect(isValidOn(bounded, new Date("2023-12-31T23:59:59.999Z"))).toBe(false)
    expect(isValidOn(v(2, "approved", "2024-01-01T00:00:00.000Z"), new Date("2099-01-01"))).toBe(true)
  })

  it("names the current version: approved and valid now, the highest number if several", () => {
    const now = new Date("2025-06-01T00:00:00.000Z")
    const versions = [
      v(1, "retired", "2018-01-01T00:00:00.000Z", "2024-01-01T00:00:00.000Z"),
      v(2, "approved", "2024-01-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"),
      v(3, "draft", "2025-01-01T00:00:00.000Z"),
      v(4, "approved", "2027-01-01T00:00:00.000Z"),
    ]
    expect(currentVersion(versions, now)?.version).toBe(2)
    expect(currentVersion(versions, new Date("2027-02-01T00:00:00.000Z"))?.version).toBe(4)
    expect(currentVersion(versions, new Date("2019-01-01T00:00:00.000Z"))).toBeNull()
    expect(currentVersion([], now)).toBeNull()
  })

  it("writes validity in UTC days, open-ended without an end", () => {
    expect(validityText(v(1, "approved", "2024-01-01T00:00:00.000Z"))).toMatch(/2024 → open$/)
    expect(validityText(v(1, "approved", "2024-01-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"))).toMatch(/2024 → .*2027$/)
  })
})

describe("what may change", () => {
  it("locks every version but a draft, saying why", () => {
    expect(versionLockedReason({ version: 3, status: "draft" })).toBeNull()
    expect(versionLockedReason({ version: 2, status: "approved" })).toMatch(/Version 2 is approved: only draft versions change/)
    expect(versionLockedReason({ version: 1, status: "retired" })).toMatch(/Version 1 is retired/)
  })

  it("offers an object only approved versions newer than its own, oldest first", () => {
    const versions = [
      v(4, "approved", "2027-01-01T00:00:00.000Z"),
      v(1, "retired", "2018-01-01T00:00:00.000Z"),
      v(2, "approved", "2024-01-01T00:00:00.000Z"),
      v(3, "draft", "2026-01-01T00:00:00.000Z"),
    ]
    expect(moveTargets(versions, { version: 2 }).map((x) => x.version)).toEqual([4])
    expect(moveTargets(versions, { version: 4 })).toEqual([])
    expect(moveTargets(versions, null).map((x) => x.version)).toEqual([2, 4])
  })
})

describe("diff pair", () => {
  const versions = [v(1, "retired", "2018-01-01"), v(3, "draft", "2026-01-01"), v(2, "approved", "2024-01-01")]

  it("compares the newest with the one before it", () => {
    expect(defaultDiffPair(versions)).toEqual({ from: "v2", to: "v3" })
  })

  it("compares a selected version with its predecessor, the oldest with the next", () => {
    expect(defaultDiffPair(versions, "v2")).toEqual({ from: "v1", to: "v2" })
    expect(defaultDiffPair(versions, "v1")).toEqual({ from: "v2", to: "v1" })
  })

  it("needs two versions", () => {
    expect(defaultDiffPair([v(1, "draft", "2024-01-01")])).toBeNull()
    expect(defaultDiffPair([])).toBeNull()
  })
})

describe("component text", () => {
  const c = { id: "c1", part_number: null, title: null, product_variant_id: null }

  it("names a part by part number and title, else its variant, else its id", () => {
    expect(componentName({ ...c, part_number: "CW-INV-11", title: "Inverter board" })).toBe("CW-INV-11 · Inverter board")
    expect(componentName({ ...c, title: "Gasket" })).toBe("Gasket")
    expect(componentName({ ...c, product_variant_id: "variant_1" }, "Drain pump · 30 W")).toBe("Drain pump · 30 W")
    expect(componentName({ ...c, product_variant_id: "variant_1" })).toBe("variant_1")
    expect(componentName(c)).toBe("c1")
  })

  it("shows big-number quantities without trailing zeros, with the unit", () => {
    expect(quantityText("2.000")).toBe("2")
    expect(quantityText(1.5, "m")).toBe("1.5 m")
    expect(quantityText("abc")).toBe("abc")
  })

  it("orders components by position, then reference", () => {
    const sorted = sortComponents([
      { position: 20, reference: "b" },
      { position: 10, reference: "z" },
      { position: 20, reference: "a" },
    ])
    expect(sorted.map((x) => `${x.position}${x.reference}`)).toEqual(["10z", "20a", "20b"])
  })

  it("names a variant by title and SKU", () => {
    expect(variantOptionText({ id: "v", title: "8 kg", sku: "CW-WM-8" })).toBe("8 kg · CW-WM-8")
    expect(variantOptionText({ id: "v", title: null, sku: null })).toBe("v")
  })
})

describe("supersededBy", () => {
  const v = (id: string, version: number, status: "draft" | "approved" | "retired", valid_from: string, valid_to: string | null = null) => ({ id, version, status, valid_from, valid_to })
  it("names the approved versions still valid when the draft begins, and only those that began before it", () => {
    const draft = v("d", 4, "draft", "2027-01-01T00:00:00Z")
    const versions = [
      v("a", 1, "approved", "2018-01-01T00:00:00Z", "2024-01-01T00:00:00Z"),
      v("b", 2, "approved", "2024-01-01T00:00:00Z"),
      v("c", 3, "retired", "2020-01-01T00:00:00Z"),
      v("e", 5, "approved", "2028-01-01T00:00:00Z"),
      draft,
    ]
    expect(supersededBy(draft, versions).map((x) => x.id)).toEqual(["b"])
    expect(supersededBy(v("d", 4, "draft", "2023-01-01T00:00:00Z"), versions).map((x) => x.id)).toEqual(["a"])
  })
})
