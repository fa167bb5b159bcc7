import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
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
