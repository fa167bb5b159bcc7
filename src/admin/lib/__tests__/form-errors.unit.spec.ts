import { hasPath, splitApiError } from "../form-errors"

const values = { code: "", name: "x", lines: [{ technician_id: null, quantity: 1 }] }
const isField = (path: string) => hasPath(values, path)

describe("splitApiError", () => {
  it("puts a workflow's `path: message` on the field it names", () => {
    expect(splitApiError("lines[0].technician_id: Technician tech_1 is not active", isField)).toEqual({
      fields: { "lines.0.technician_id": "Technician tech_1 is not active" },
      form: null,
    })
  })

  it("splits Medusa's validation issues between fields and the form", () => {
    const message =
      "Invalid request: Field 'name' is required; Value for field 'lines, 0, quantity' too small, expected at least: '1'; Unrecognized fields: 'colour'"
    expect(splitApiError(message, isField)).toEqual({
      fields: {
        name: "Field 'name' is required",
        "lines.0.quantity": "Value for field 'lines, 0, quantity' too small, expected at least: '1'",
      },
      form: "Invalid request: Unrecognized fields: 'colour'",
    })
  })

  it("puts a unique index's refusal on its column", () => {
    expect(splitApiError("Skill with code: gas, already exists.", isField).fields).toEqual({
      code: "Skill with code: gas, already exists.",
    })
  })

  it("keeps on the form what names no field of it", () => {
    expect(splitApiError("missing_field: is required", isField)).toEqual({ fields: {}, form: "missing_field: is required" })
    expect(splitApiError("Assignment needs an override: absence (on leave)", isField)).toEqual({
      fields: {},
      form: "Assignment needs an override: absence (on leave)",
    })
  })
})

describe("hasPath", () => {
  it("counts null values and array indexes", () => {
    expect(hasPath(values, "lines.0.technician_id")).toBe(true)
    expect(hasPath(values, "lines.1.technician_id")).toBe(false)
    expect(hasPath(values, "description")).toBe(false)
  })
})
