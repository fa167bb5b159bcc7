import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

/** The 404 the routes give for a record that is not there: `Service order with id: x was not found`. */
export const notFound = (label: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id: ${id} was not found`)

/**
 * The row a change is about, from a list call filtered by its id, or the 404 the routes give
 * (`notFound`) when there is none.
 */
export async function findOneOrNotFound<T>(rows: Promise<T[]>, label: string, id: string): Promise<T> {
  const [row] = await rows
  if (!row) {
    throw notFound(label, id)
  }
  return row
}

type ServiceOrderConfig = Parameters<ServiceManagementModuleService["listServiceOrders"]>[1]

/** The service order a step works on, read with the fields and relations it needs, or 404. */
export function loadServiceOrder(container: MedusaContainer, id: string, config: ServiceOrderConfig) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  return findOneOrNotFound(service.listServiceOrders({ id }, config), "Service order", id)
}

/**
 * A service order with Query's `fields` (relations and linked records as a route reads them), or
 * 404: what a step reads when the caller answers the order from it afterwards. One statement of
 * the module (`readServiceOrderDetail`); through Query only for fields that read does not know.
 */
export async function readServiceOrder(container: MedusaContainer, id: string, fields: string[]) {
  return findOneOrNotFound(findServiceOrder(container, id, fields).then((row) => (row ? [row] : [])), "Service order", id)
}

/** As `readServiceOrder`, with null for an order that is not there (a subscriber's read). */
export async function findServiceOrder(container: MedusaContainer, id: string, fields: string[]): Promise<ServiceOrderRow | null> {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const read = await service.readServiceOrderDetail(id, [...new Set(fields)])
  if (read !== undefined) {
    return read as ServiceOrderRow | null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "service_order", fields: [...new Set(fields)], filters: { id } })
  // Typed as the module reads it (what the checks use); it holds every field read besides.
  return (data[0] as unknown as ServiceOrderRow | undefined) ?? null
}

type ServiceOrderRow = Awaited<ReturnType<ServiceManagementModuleService["listServiceOrders"]>>[number] & Record<string, unknown>
