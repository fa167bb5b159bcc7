import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

/** 404 unless the customer exists. */
export async function assertCustomerExists(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: customerId } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customerId} was not found`)
  }
}

/** 404 unless the SLA exists, 400 when it is inactive. */
export async function assertSlaUsable(container: MedusaContainer, slaId: string) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const [sla] = await service.listServiceLevelAgreements({ id: slaId }, { select: ["id", "code", "is_active"] })
  if (!sla) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service level agreement ${slaId} was not found`)
  }
  if (!sla.is_active) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Service level agreement ${sla.code} is inactive`)
  }
}

/** 400 unless `to` is after `from` (either may be open). */
export function assertWindow(from: Date | string | null | undefined, to: Date | string | null | undefined, what: string) {
  if (from && to && new Date(to) <= new Date(from)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${what}: valid_to must be after valid_from`)
  }
}

/** An agreement with its lines; 404 when there is none. */
export async function loadAgreementWithLines(container: MedusaContainer, id: string) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const [agreement] = await service.listServiceAgreements({ id }, { relations: ["lines"] })
  if (!agreement) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service agreement with id: ${id} was not found`)
  }
  return agreement
}
