import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE, ServiceLevelAgreementDTO } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { addBusinessMinutes } from "../../../modules/service-management/utils/business-time"
import { slaCalendar } from "../../../modules/service-management/utils/sla-clock"
import { ServiceActor } from "../../types"

type GraphCustomer = { id: string; groups?: ({ id: string } | null)[] | null }
type GraphAgreement = { id: string; sla?: { is_active: boolean } | null }

export type StartServiceOrderSlaInput = {
  id: string
  customer_id: string
  agreement_id?: string | null
  created_at?: Date | string | null
}

/**
 * The SLA an order is measured by: its agreement's, else its customer's group's (the strictest
 * when the customer is in several), else the default. Inactive SLAs are passed over.
 */
export function chooseSla<Order extends Pick<StartServiceOrderSlaInput, "customer_id" | "agreement_id">>(
  order: Order,
  agreementSla: Map<string, ServiceLevelAgreementDTO>,
  customerGroupSlas: Map<string, ServiceLevelAgreementDTO[]>,
  defaultSla: ServiceLevelAgreementDTO | undefined
): ServiceLevelAgreementDTO | undefined {
  const fromAgreement = order.agreement_id ? agreementSla.get(order.agreement_id) : undefined
  const strictest = [...(customerGroupSlas.get(order.customer_id) ?? [])].sort(
    (a, b) => a.resolution_minutes - b.resolution_minutes || a.response_minutes - b.response_minutes || a.code.localeCompare(b.code)
  )[0]
  return fromAgreement ?? strictest ?? defaultSla
}

/**
 * What `chooseSla` chooses from for these customers and agreements: the agreements' active SLAs,
 * each customer's groups' active SLAs and the default — a fixed number of queries however many.
 * The customers' groups are read only when some group has an SLA.
 */
export async function loadSlaChoices(
  container: MedusaContainer,
  customerIds: string[],
  agreementIds: (string | null | undefined)[]
) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const named = [...new Set(agreementIds.filter((id): id is string => !!id))]
  const agreements = named.length
    ? ((await service.listServiceAgreements({ id: named, sla_id: { $ne: null } }, { relations: ["sla"] })) as unknown as GraphAgreement[])
    : []
  const agreementSla = new Map(
    agreements.filter((a) => a.sla?.is_active).map((a) => [a.id, a.sla as unknown as ServiceLevelAgreementDTO])
  )
  // Group SLAs are a short settings list; most customers' groups need not be read at all.
  const assignments = (await service.listSlaCustomerGroups({}, { relations: ["sla"] })).filter((a) => a.sla?.is_active)
  const customers = assignments.length
    ? ((await query.graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: [...new Set(customerIds)] } })).data as GraphCustomer[])
    : []
  const customerGroupSlas = new Map(
    customers.map((c) => [
      c.id,
      assignments
        .filter((a) => (c.groups ?? []).some((g) => g?.id === a.customer_group_id))
        .map((a) => a.sla as unknown as ServiceLevelAgreementDTO),
    ])
  )
  const [defaultSla] = await service.listServiceLevelAgreements({ is_default: true, is_active: true })
  return { agreementSla, customerGroupSlas, defaultSla: defaultSla as ServiceLevelAgreementDTO | undefined }
}

/** An order's SLA fields (due times in business minutes from `startAt` on the SLA's calendar) and the `start` of its SLA log. */
export function slaStart(sla: ServiceLevelAgreementDTO, startAt: Date, actor?: ServiceActor) {
  const calendar = slaCalendar(sla)
  return {
    fields: {
      sla_id: sla.id,
      response_due_at: addBusinessMinutes(calendar, startAt, sla.response_minutes),
      resolution_due_at: addBusinessMinutes(calendar, startAt, sla.resolution_minutes),
    },
    event: {
      type: "start" as const,
      source: "system" as const,
      occurred_at: startAt,
      actor_type: actor?.type ?? ("system" as const),
      actor_id: actor?.id ?? null,
    },
  }
}
