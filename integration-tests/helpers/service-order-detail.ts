import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { defaultAdminServiceOrderFields } from "../../src/api/admin/service-orders/query-config"

type Node = Record<string, unknown>

/** As JSON (dates as text), every list of records ordered by id: neither read orders its lists. */
const comparable = (value: unknown) =>
  JSON.parse(
    JSON.stringify(value, (_, v) =>
      Array.isArray(v) && v.every((item) => typeof item?.id === "string") ? [...v].sort((a: Node, b: Node) => String(a.id).localeCompare(String(b.id))) : v
    )
  )

/**
 * The module's one-statement read of a service order (`readServiceOrderDetail`, what the write
 * workflows answer from) answers exactly what Query answers for the same fields — by default the
 * detail's, which GET /admin/service-orders/:id answers.
 */
export async function expectDetailReadAsQuery(container: MedusaContainer, id: string, fields: string[] = defaultAdminServiceOrderFields) {
  const read = await container.resolve(SERVICE_MANAGEMENT_MODULE).readServiceOrderDetail(id, fields)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "service_order", fields, filters: { id } })
  expect(comparable(read)).toEqual(comparable(data[0]))
}
