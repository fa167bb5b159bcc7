import { selectFields } from "../select-fields"

describe("selectFields", () => {
  const order = {
    id: "sord_1",
    title: null,
    note: "kept out",
    stage: { id: "sstg_1", code: "requested", reasons: [{ id: "r1", code: "late", extra: 1 }] },
    service_object: null,
    posted_order_id: null,
    lines: [
      { id: "l1", quantity: 2 },
      { id: "l2", quantity: 1 },
    ],
  }

  it("takes the fields asked for, relations by their own fields or all of them but the relations named", () => {
    expect(selectFields(order, ["id", "title", "stage.*", "stage.reasons.id", "service_object.name", "posted_order.id", "lines.*"])).toEqual({
      id: "sord_1",
      title: null,
      stage: { id: "sstg_1", code: "requested", reasons: [{ id: "r1" }] },
      service_object: null,
      lines: order.lines,
    })
  })

  it("answers undefined when the record lacks a field or a relation asked for (not a link to nothing)", () => {
    expect(selectFields(order, ["id", "closed_at"])).toBeUndefined()
    expect(selectFields(order, ["id", "agreement.id"])).toBeUndefined()
    expect(selectFields(order, ["lines.unit_price"])).toBeUndefined()
    expect(selectFields(order, ["stage.reasons.name"])).toBeUndefined()
  })
})
