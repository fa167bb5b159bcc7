import { MedusaRequest } from "@medusajs/framework/http"
import { fieldsOutsideScope, serviceOrderScopeFilter } from "../service-order-scope"

// Only the parts of a request the helpers read.
const asRequest = (partial: object) => partial as unknown as MedusaRequest

const request = (fields: string | undefined, scoped = true) =>
  asRequest({ query: fields === undefined ? {} : { fields }, ...(scoped ? { serviceScope: { technician_id: "stech_a" } } : {}) })

describe("technician scope helpers", () => {
  it("filters service orders to live assignments of the technician, and to nothing without one", () => {
    expect(serviceOrderScopeFilter(request(undefined))).toEqual({
      assignments: { technician_id: "stech_a", status: { $ne: "cancelled" } },
    })
    expect(serviceOrderScopeFilter(asRequest({ serviceScope: { technician_id: null } }))).toEqual({
      assignments: { technician_id: "stech_none", status: { $ne: "cancelled" } },
    })
    expect(serviceOrderScopeFilter(request(undefined, false))).toEqual({})
  })

  it.each([
    ["id,title,*lines,assignments.id,stage.reasons.*,service_object.name", true, []],
    ["service_object.service_orders.*", true, ["service_object.service_orders.*"]],
    ["*service_object.service_orders", true, ["*service_object.service_orders"]],
    ["+customer.service_orders.id", true, ["+customer.service_orders.id"]],
    ["lines.service_order.lines.*", true, ["lines.service_order.lines.*"]],
    ["id,service_orders.*", false, ["service_orders.*"]],
    ["id,symptom_lines.id,code", false, ["symptom_lines.id"]],
    ["id,versions.service_objects.id,versions.components.*", false, ["versions.service_objects.id"]],
    ["*lines", false, ["*lines"]],
    ["id,name,reasons.*", false, []],
  ])("fields %s (on an order route: %s) refuses %j", (fields, onOrder, refused) => {
    expect(fieldsOutsideScope(request(fields), onOrder)).toEqual(refused)
  })

  it("lets unscoped roles ask for any fields", () => {
    expect(fieldsOutsideScope(request("service_orders.*", false), false)).toEqual([])
  })
})
