import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { defaultAdminServiceOrderFields } from "../../src/api/admin/service-orders/query-config"
import { defaultAdminRepairLineFields } from "../../src/api/admin/service-orders/[id]/repair-lines/query-config"

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

/**
 * The module's one-statement read of a repair line (`readRepairLineDetail`, what the repair-line
 * routes answer from) answers exactly what Query answers for the same fields — by default those
 * GET /admin/service-orders/:id/repair-lines/:rid answers.
 */
export async function expectRepairLineReadAsQuery(container: MedusaContainer, orderId: string, id: string, fields: string[] = defaultAdminRepairLineFields) {
  const read = await container.resolve(SERVICE_MANAGEMENT_MODULE).readRepairLineDetail(orderId, id, fields)
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "service_repair_line", fields, filters: { id, service_order_id: orderId } })
  expect(read).toBeTruthy()
  expect(comparable(read)).toEqual(comparable(data[0]))
}

/**
 * The module's read of an order with the stage a move goes to (`readServiceOrderMove`, what a
 * move plans from) answers the order as `readServiceOrderDetail` does and the stage, with its
 * reasons, as Query answers `service_stage` with `*` and `reasons.*`.
 */
export async function expectMoveReadAsQuery(container: MedusaContainer, id: string, toStage: string, fields: string[] = defaultAdminServiceOrderFields) {
  const service = container.resolve(SERVICE_MANAGEMENT_MODULE)
  const { order, to } = (await service.readServiceOrderMove(id, fields, { code: toStage }))!
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "service_stage", fields: ["*", "reasons.*"], filters: { code: toStage } })
  expect(comparable(order)).toEqual(comparable(await service.readServiceOrderDetail(id, fields)))
  expect(comparable(to)).toEqual(comparable(data[0]))
  expect((await service.readServiceOrderMove(id, fields, { code: "no_such_stage" }))!.to).toBeNull()
}
