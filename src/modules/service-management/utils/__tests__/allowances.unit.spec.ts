import { addUtcMonths, allowanceDraws, allowanceWindow, assertAllowanceComplete } from "../allowances"
import { overageItems } from "../posting"

const d = (iso: string) => new Date(iso)
const agreement = { valid_from: "2026-03-15T00:00:00.000Z", valid_to: "2028-03-15T00:00:00.000Z" }
const visitLine = { id: "l_all", allowance_quantity: 4, allowance_unit: "visit" as const, allowance_period: "year" as const }

describe("addUtcMonths", () => {
  it("clamps the day to the target month", () => {
    expect(addUtcMonths(d("2026-01-31T08:00:00Z"), 1).toISOString()).toBe("2026-02-28T08:00:00.000Z")
    expect(addUtcMonths(d("2026-11-30T00:00:00Z"), 3).toISOString()).toBe("2027-02-28T00:00:00.000Z")
  })
})

describe("allowanceWindow", () => {
  it("counts periods from the agreement's start", () => {
    expect(allowanceWindow("year", agreement, d("2027-03-14T23:00:00Z"))).toEqual({ period_start: d("2026-03-15T00:00:00Z"), period_end: d("2027-03-15T00:00:00Z") })
    expect(allowanceWindow("year", agreement, d("2027-03-15T00:00:00Z"))?.period_start).toEqual(d("2027-03-15T00:00:00Z"))
    expect(allowanceWindow("quarter", agreement, d("2026-06-20T00:00:00Z"))).toEqual({ period_start: d("2026-06-15T00:00:00Z"), period_end: d("2026-09-15T00:00:00Z") })
    expect(allowanceWindow("month", agreement, d("2026-04-10T00:00:00Z"))).toEqual({ period_start: d("2026-03-15T00:00:00Z"), period_end: d("2026-04-15T00:00:00Z") })
  })

  it("is the whole term for agreement_term, cut at the agreement's end, and null outside it", () => {
    expect(allowanceWindow("agreement_term", agreement, d("2027-01-01T00:00:00Z"))).toEqual({ period_start: d(agreement.valid_from), period_end: d(agreement.valid_to) })
    expect(allowanceWindow("year", { ...agreement, valid_to: "2026-09-01T00:00:00Z" }, d("2026-08-01T00:00:00Z"))?.period_end).toEqual(d("2026-09-01T00:00:00Z"))
    expect(allowanceWindow("year", agreement, d("2026-03-14T00:00:00Z"))).toBeNull()
    expect(allowanceWindow("year", agreement, d("2028-03-15T00:00:00Z"))).toBeNull()
    expect(allowanceWindow("agreement_term", { valid_from: agreement.valid_from }, d("2030-01-01T00:00:00Z"))?.period_end).toBeNull()
  })
})

describe("allowanceDraws", () => {
  const at = d("2026-05-01T00:00:00Z")
  const order = { service_object_id: "obj_1", lines: [{ type: "hour", quantity: "1.5" }, { type: "hour", quantity: 2 }, { type: "fee", quantity: 1 }] }

  it("draws a visit and the order's hours, one line per unit, the object's own line first", () => {
    const lines = [
      visitLine,
      { ...visitLine, id: "l_obj", service_object_id: "obj_1" },
      { id: "l_hours", allowance_quantity: 10, allowance_unit: "hour" as const, allowance_period: "quarter" as const },
      { id: "l_other", service_object_id: "obj_2", allowance_quantity: 1, allowance_unit: "hour" as const, allowance_period: "year" as const },
      { id: "l_plain" },
    ]
    expect(allowanceDraws(order, { ...agreement, lines }, at)).toEqual([
      { agreement_line_id: "l_obj", unit: "visit", quantity: 1, allowance: 4, period_start: d("2026-03-15T00:00:00Z"), period_end: d("2027-03-15T00:00:00Z") },
      { agreement_line_id: "l_hours", unit: "hour", quantity: 3.5, allowance: 10, period_start: d("2026-03-15T00:00:00Z"), period_end: d("2026-06-15T00:00:00Z") },
    ])
  })

  it("sums hours in decimal: 0.1 + 0.2 hours draw 0.3, not 0.30000000000000004", () => {
    const hours = { id: "l_hours", allowance_quantity: 10, allowance_unit: "hour" as const, allowance_period: "year" as const }
    const tenths = { lines: [{ type: "hour", quantity: "0.1" }, { type: "hour", quantity: 0.2 }] }
    expect(allowanceDraws(tenths, { ...agreement, lines: [hours] }, at)[0].quantity).toBe(0.3)
  })

  it("draws no hours from an order without hour lines, and nothing from a line outside its window", () => {
    const hours = { id: "l_hours", allowance_quantity: 10, allowance_unit: "hour" as const, allowance_period: "year" as const }
    expect(allowanceDraws({ lines: [{ type: "fee", quantity: 1 }] }, { ...agreement, lines: [hours] }, at)).toEqual([])
    const expired = { ...visitLine, valid_to: "2026-04-01T00:00:00Z" }
    expect(allowanceDraws(order, { ...agreement, lines: [expired] }, at)).toEqual([])
  })
})

describe("assertAllowanceComplete", () => {
  it("wants quantity, unit and period together or none", () => {
    expect(() => assertAllowanceComplete({})).not.toThrow()
    expect(() => assertAllowanceComplete(visitLine)).not.toThrow()
    expect(() => assertAllowanceComplete({ allowance_quantity: 4 })).toThrow(/together/)
  })
})

describe("overageItems", () => {
  it("bills the overage at the line's overage price and skips lines without one", () => {
    const line = { id: "l1", description: "Visits", overage_unit_price: 60 }
    const items = overageItems("sord_1", [
      { id: "u1", unit: "visit", overage_quantity: 1, balance: { agreement_line: line } },
      { id: "u2", unit: "visit", overage_quantity: 0, balance: { agreement_line: line } },
      { id: "u3", unit: "hour", overage_quantity: 2, balance: { agreement_line: { ...line, overage_unit_price: null } } },
    ])
    expect(items).toEqual([
      {
        title: "Overage: Visits",
        subtitle: "Visits beyond the agreement allowance",
        quantity: 1,
        unit_price: 60,
        is_tax_inclusive: false,
        metadata: { service_order_id: "sord_1", service_order_line_type: "overage", agreement_line_id: "l1", allowance_usage_id: "u1" },
      },
    ])
  })
})
