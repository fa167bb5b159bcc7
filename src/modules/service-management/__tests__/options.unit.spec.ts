import { DEFAULT_STAGES } from "../default-stages"
import { resolveOptions } from "../options"

describe("resolveOptions", () => {
  it("fills defaults", () => {
    const options = resolveOptions(undefined)
    expect(options.numberPrefixes.serviceOrder).toBe("SO-")
    expect(options.numberPadding).toBe(6)
    expect(options.defaultCurrencyCode).toBe("usd")
    expect(options.defaultStages.map((s) => s.code)).toEqual(DEFAULT_STAGES.map((s) => s.code))
  })

  it("keeps unknown keys of later features", () => {
    expect(resolveOptions({ jobs: { x: 1 } })).toEqual(expect.objectContaining({ jobs: { x: 1 } }))
  })

  it.each([
    [{ numberPadding: 0 }, /numberPadding/],
    [{ defaultCurrencyCode: "euro" }, /defaultCurrencyCode/],
    [{ numberPrefixes: { serviceOrder: 5 } }, /numberPrefixes.serviceOrder/],
    [{ defaultStages: [{ code: "a", name: "A", position: 1, next_stage_codes: ["b"], is_initial: true }] }, /unknown next stages b/],
    [{ defaultStages: [{ code: "a", name: "A", position: 1, next_stage_codes: [] }] }, /exactly one stage with is_initial/],
  ])("refuses %j at start-up", (options, message) => {
    expect(() => resolveOptions(options)).toThrow(message)
  })
})
