import { jsonText } from "../json-text"

describe("jsonText", () => {
  it("puts JSON text in as it is after the serialised members", () => {
    const text = jsonText({ from: new Date("2026-11-23T08:00:00Z"), note: 'say "hi"', none: null }, { rows: '[{"id":"a"}]', by_id: "{}" })
    expect(JSON.parse(text)).toEqual({ from: "2026-11-23T08:00:00.000Z", note: 'say "hi"', none: null, rows: [{ id: "a" }], by_id: {} })
    expect(Object.keys(JSON.parse(text))).toEqual(["from", "note", "none", "rows", "by_id"])
  })

  it("writes an object of only one kind of member", () => {
    expect(jsonText({}, { rows: "[]" })).toBe('{"rows":[]}')
    expect(jsonText({ id: "a" }, {})).toBe('{"id":"a"}')
    expect(jsonText({}, {})).toBe("{}")
  })
})
