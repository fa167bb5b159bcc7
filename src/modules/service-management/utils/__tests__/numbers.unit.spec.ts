import { formatNumber, parseNumber } from "../numbers"

describe("human numbers", () => {
  it("pads and prefixes", () => {
    expect(formatNumber("SO-", 12, 6)).toBe("SO-000012")
    expect(formatNumber("", 1234567, 6)).toBe("1234567")
  })

  it("reads a number back", () => {
    expect(parseNumber("SO-000012")).toBe(12)
    expect(parseNumber(" 42 ")).toBe(42)
    expect(parseNumber("boiler")).toBeNull()
  })
})
