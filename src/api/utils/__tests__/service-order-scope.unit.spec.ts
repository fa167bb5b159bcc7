import { fieldsOutsideScope, serviceOrderScopeFilter } from "../service-order-scope"

const request = (fields: string | undefined, scoped = true) =>
  ({ query: fields === undefined ? {} : { fields }, ...(scoped ? { serviceScope: { technician_id: "stech_a" } } : {}) }) as any

describe("technician scope helpers", () => {
  it("filters service orders to live assignments of the technician, and to nothing without one", () => {
    expect(serviceOrderScopeFilter(request(undefined))).toEqual({
      assignments: { technician_id: "stech_a", status: { $ne: "cancelled" } },
    })
    expect(serviceOrderScopeFilter({ serviceScope: { technician_id: null } } as any)).toEqual({
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
